using System.Net;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;
using Refit;

namespace AccountGov.AccountRequests.IntegrationTests;

/// <summary>The Portal's typed client, IAccountRequestsApi, against the real service.</summary>
[Collection(RequestsCollection.Name)]
public class RefitClientTests(RequestsFixture fx)
{
    private static BusinessCaseBody Body(string handle) => new(
        "Speech and Language Therapy", "WhatsApp", handle, "Reminders for families.", "Families.", "Fewer missed sessions.",
        "Personal data in replies.", "Mon-Fri 08:00-17:00", new PersonBody(Personas.Sam, "Sam Patel", "sam@example.nhs.uk"),
        [new CustodianBody(Personas.Carl, "Carl Obi", "carl@example.nhs.uk", "Deputy"), new CustodianBody(Personas.Dina, "Dina Roy", "dina@example.nhs.uk", "Primary")],
        new AttestationsBody(true, true, true),
        new DpiaScreeningBody(true, false, false, false, false, false, false, false, false, false),
        new MessagingChecklistBody(true, true, true, true, "Auto-delete after 30 days.", "Monthly"));

    [Fact]
    public async Task GivenTheRefitClient_WhenDrivingTheLifecycle_ThenEveryCallRoundTrips()
    {
        var rita = RestService.For<IAccountRequestsApi>(fx.Rita);

        var submitted = await rita.Submit(Body("@refit"));
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var id = submitted.Content!.Id;
        Assert.True(submitted.Content.DpiaRequired);

        var details = (await rita.Get(id)).Content!;
        Assert.Equal(Personas.Dina, details.Custodians[0].UserId);
        Assert.Equal(RequestStatus.Submitted, details.Status);

        Assert.Equal(HttpStatusCode.OK, (await rita.AttachDpia(id, new DpiaBody("Processing.", "Necessary.",
            [new DpiaRiskBody("Risk.", "Remote", "Minimal", "Mitigation.")], "Low"))).StatusCode);

        await fx.RequestChanges(id);
        var read = await rita.Get(id);
        var etag = Assert.IsType<System.Net.Http.Headers.EntityTagHeaderValue>(read.Headers!.ETag).Tag;
        var revised = await rita.Revise(id, etag, Body("@refit-revised"));
        Assert.Equal((RequestStatus.Submitted, 2), (revised.Content!.Status, revised.Content.Revision));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await rita.Revise(id, etag, Body("@refit-stale"))).StatusCode);

        Assert.Equal([1, 2], (await rita.Revisions(id)).Select(r => r.Revision));
        Assert.Equal("@refit", (await rita.Revision(id, 1)).Handle);
        Assert.Contains(await rita.Mine(take: 200), r => r.Id == id);
        Assert.Contains(await RestService.For<IAccountRequestsApi>(fx.Beth).List(status: RequestStatus.Submitted, take: 200), r => r.Id == id);
        Assert.Equal(10, (await rita.ScreeningPolicy()).Questions.Count);

        var withdrawn = await rita.Withdraw(id, new WithdrawBody("Using the trust's account instead."));
        Assert.Equal(RequestStatus.Withdrawn, withdrawn.Content!.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await rita.Withdraw(id, new WithdrawBody(null))).StatusCode);
    }
}
