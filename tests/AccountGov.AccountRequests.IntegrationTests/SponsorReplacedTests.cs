using System.Net;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;
using MassTransit;
using Decisions = AccountGov.Approvals.Contracts;

namespace AccountGov.AccountRequests.IntegrationTests;

/// <summary>
/// Approvals replaced a wrong sponsor while the endorsement was pending (issue 13): the business case names the new
/// one, who may now read it, and a revision starts from them.
/// </summary>
[Collection(RequestsCollection.Name)]
public class SponsorReplacedTests(RequestsFixture fx)
{
    [Fact]
    public async Task GivenASubmittedRequest_WhenApprovalsReplacesTheSponsor_ThenTheBusinessCaseNamesTheNewSponsor()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@bus-sponsor"));
        var bob = await fx.Service.ClientFor(Personas.Bob, "SeniorManager");
        Assert.Equal(HttpStatusCode.Forbidden, (await bob.GetAsync($"/requests/{created.Id}")).StatusCode);

        await fx.Service.Get<IBus>().Publish(new Decisions.SponsorReplaced(created.Id, Personas.Sam,
            new Decisions.ApprovedStaff(Personas.Bob, "Bob Evans"), "bob@example.nhs.uk", Personas.Rita, null, DateTimeOffset.UtcNow),
            ctx => ctx.MessageId = Guid.NewGuid());
        await Eventually.True(async () => (await fx.Get(created.Id)).Sponsor.UserId == Personas.Bob, what: "the new sponsor");

        var read = await fx.Get(created.Id, bob);
        Assert.Equal(new PersonView(Personas.Bob, "Bob Evans", "bob@example.nhs.uk"), read.Sponsor);
        Assert.Equal(RequestStatus.Submitted, read.Status);
        Assert.Equal(("SponsorReplaced", Personas.Rita), (read.History[^1].Event, read.History[^1].By));
        Assert.Equal(HttpStatusCode.Forbidden, (await fx.Sam.GetAsync($"/requests/{created.Id}")).StatusCode);
    }
}
