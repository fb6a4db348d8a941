using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Handovers;

public class DepartureHandoverTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private static object Credential(string password) => new
    {
        username = "stpaedsphysio", password, linkedEmail = "paeds.social@example.nhs.uk", linkedEmailPassword = $"{password}-mail",
        recoveryCodes = new[] { "1111-2222" }, notes = "",
    };

    [Fact]
    public async Task GivenALeaver_WhenTheDeputyCompletesOnlyAfterRotating_ThenCustodyIsTheirsAndTheLeaverCanNeverReveal()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var asCarl = await fixture.Custody.ClientFor(carl, "Staff");
        var asDina = await fixture.Custody.ClientFor(dina, "Staff");
        Assert.Equal(HttpStatusCode.NoContent, (await asCarl.PutAsJsonAsync($"/accounts/{account.Id}/credential", Credential("Known-To-Carl-1"))).StatusCode);
        var lastDay = Today(fixture).AddDays(7);

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Leaving", staffId = carl, lastWorkingDay = Iso(lastDay) });

        var handover = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal((HandoverKind.Permanent, HandoverReason.Departure, dina, HandoverStatus.Open),
            (handover.Kind, handover.Reason, handover.ToUserId, handover.Status));
        Assert.True(handover.DueBy < lastDay);

        var complete = new { credentialRotated = true, linkedEmailTransferred = true, notes = "Moved the 2FA phone." };
        Assert.Equal(HttpStatusCode.Conflict, (await asDina.PostAsJsonAsync($"/handovers/{handover.Id}/complete", complete)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asCarl.PostAsJsonAsync($"/handovers/{handover.Id}/complete", complete)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await asDina.PutAsJsonAsync($"/accounts/{account.Id}/credential", Credential("Known-To-Carl-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await asDina.PostAsJsonAsync($"/handovers/{handover.Id}/complete", complete)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await asDina.PutAsJsonAsync($"/accounts/{account.Id}/credential", Credential("Rotated-By-Dina-2"))).StatusCode);
        var completed = await asDina.PostAsJsonAsync($"/handovers/{handover.Id}/complete", complete);

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(HandoverStatus.Completed, (await completed.Content.ReadFromJsonAsync<HandoverSummary>(Json.Options))!.Status);
        var reader = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var after = await reader.GetFromJsonAsync<AccountDetails>($"/accounts/{account.Id}", Json.Options);
        Assert.Equal(CustodianRole.Primary, after!.Custodians.Single(c => c.UserId == dina).Role);

        fixture.Clock.AdvanceDays(8);
        try
        {
            await Eventually.True(async () => await StatusOf(fixture.Custody, account.Id, carl) == CustodianStatus.Left, what: "the leaver Left");
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }
        var reveal = await asCarl.PostAsJsonAsync($"/accounts/{account.Id}/credential/reveal", new { reason = "One last post" });
        Assert.Equal(HttpStatusCode.Forbidden, reveal.StatusCode);
        Assert.DoesNotContain("Rotated-By-Dina-2", await reveal.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Vault.Reveal(asDina, account.Id, "Scheduled post")).StatusCode);

        // Left is final: an HR event afterwards cannot make the leaver a custodian again.
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeavingCancelled", staffId = carl });
        Assert.Equal(CustodianStatus.Left, await StatusOf(fixture.Custody, account.Id, carl));
    }

    [Fact]
    public async Task GivenAPermanentHandover_WhenHrCancelsTheLeaving_ThenItIsRevertedAndTheCustodianIsActiveAgain()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Leaving", staffId = carl, lastWorkingDay = Iso(Today(fixture).AddDays(30)) });
        Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl)); // working their notice
        Assert.Equal(HandoverStatus.Open, Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}")).Status);

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeavingCancelled", staffId = carl });

        Assert.Equal(HandoverStatus.Reverted, Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}")).Status);
        Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl));
    }
}
