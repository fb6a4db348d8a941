using System.Net;
using System.Net.Http.Json;
using System.Text;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Handovers;

/// <summary>Issue 13: a change of team and a suspension move custody as leave and leaving do.</summary>
public class MoveAndSuspensionTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private static object Credential => new
    {
        username = "stpaedsphysio", password = "Known-To-Carl-1", linkedEmail = "paeds.social@example.nhs.uk",
        linkedEmailPassword = "mail-1", recoveryCodes = new[] { "1111-2222" }, notes = "",
    };

    [Fact]
    public async Task GivenASuspendedCustodian_ThenTheyCannotRevealAndCustodyMovesAtOnce_AndReinstatedReturnsIt()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var asCarl = await fixture.Custody.ClientFor(carl, "Staff");
        Assert.Equal(HttpStatusCode.NoContent, (await asCarl.PutAsJsonAsync($"/accounts/{account.Id}/credential", Credential)).StatusCode);

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Suspended", staffId = carl, from = Iso(Today(fixture)) });

        Assert.Equal(CustodianStatus.OnLeave, await StatusOf(fixture.Custody, account.Id, carl)); // away, never why
        Assert.Equal(HttpStatusCode.Forbidden, (await asCarl.PostAsJsonAsync($"/accounts/{account.Id}/credential/reveal", new { reason = "A post" })).StatusCode);
        var handover = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal((HandoverKind.Temporary, dina, HandoverStatus.Open, Today(fixture)), (handover.Kind, handover.ToUserId, handover.Status, handover.DueBy));

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Reinstated", staffId = carl, from = Iso(Today(fixture)) });

        Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl));
        Assert.Equal(HandoverStatus.Reverted, Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Vault.Reveal(asCarl, account.Id, "Back at work")).StatusCode);
    }

    [Fact]
    public async Task GivenACustodianMovedToAnotherTeam_ThenTheOldTeamsAccountIsHandedOverBeforeTheMove_AndTheyHoldItNoMoreAfter()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var movesOn = Today(fixture).AddDays(10);

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Moved", staffId = carl, team = "Community Dietetics", from = Iso(movesOn) });

        Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl));
        var handover = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal((HandoverKind.Permanent, HandoverReason.TeamMove, dina, movesOn), (handover.Kind, handover.Reason, handover.ToUserId, handover.StartsOn));
        Assert.True(handover.DueBy < movesOn);

        fixture.Clock.AdvanceDays(11);
        try
        {
            await Eventually.True(async () => await StatusOf(fixture.Custody, account.Id, carl) == CustodianStatus.Left, what: "the mover off the old team's account");
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task GivenAMoveThatTookEffect_WhenHrMovesThePersonBackToTheAccountsTeam_ThenTheirLeftIsUndoneAndTheyHoldItAgain()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var asCarl = await fixture.Custody.ClientFor(carl, "Staff");
        Assert.Equal(HttpStatusCode.NoContent, (await asCarl.PutAsJsonAsync($"/accounts/{account.Id}/credential", Credential)).StatusCode);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Moved", staffId = carl, team = "Community Dietetics", from = Iso(Today(fixture)) });
        Assert.Equal(CustodianStatus.Left, await StatusOf(fixture.Custody, account.Id, carl));

        // HR recorded the wrong team: the correction is a Moved back to the team the account belongs to.
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Moved", staffId = carl, team = account.Team, from = Iso(Today(fixture)) });

        Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl));
        Assert.Equal(HandoverStatus.Reverted, Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Vault.Reveal(asCarl, account.Id, "Back in the team")).StatusCode);
    }

    [Fact]
    public async Task GivenAMoveThatTookEffect_WhenHrMovesThePersonOnToAThirdTeamLater_ThenTheOldTeamsAccountStaysLeft()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Moved", staffId = carl, team = "Community Dietetics", from = Iso(Today(fixture)) });

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Moved", staffId = carl, team = "Podiatry", from = Iso(Today(fixture).AddDays(20)) });

        Assert.Equal(CustodianStatus.Left, await StatusOf(fixture.Custody, account.Id, carl));
    }

    [Fact]
    public async Task GivenAMoveWithinTheAccountsTeam_ThenCustodyStays()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Moved", staffId = carl, team = account.Team, from = Iso(Today(fixture)) });

        Assert.Empty(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl));
    }

    [Fact]
    public async Task GivenAFileWithAMoveASuspensionAndAMoveWithoutATeam_ThenTheValidOnesAreAppliedAndTheOtherRejectedByField()
    {
        var (carl, dina, erin) = (Person("carl"), Person("dina"), Person("erin"));
        await Account(fixture.Custody, carl, dina);
        var csv = "eventId,type,staffId,leaveType,from,to,lastWorkingDay,team\n" +
                  $"{Person("hr")},Moved,{carl},,{Iso(Today(fixture).AddDays(20))},,,Community Dietetics\n" +
                  $"{Person("hr")},Suspended,{dina},,{Iso(Today(fixture))},,,\n" +
                  $"{Person("hr")},Moved,{erin},,{Iso(Today(fixture))},,,\n";
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");

        var first = (await (await hr.PostAsync("/hr/events/batch", new StringContent(csv, Encoding.UTF8, "text/csv"))).Content.ReadFromJsonAsync<HrBatchProgress>(Json.Options))!;
        var report = await Eventually.Get(async () => await hr.GetFromJsonAsync<HrBatchProgress>($"/hr/batches/{first.Id}", Json.Options),
            until: b => b?.Status == HrBatchState.Completed, what: "the file's report");

        Assert.Equal(2, report.Accepted);
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal(3, rejected.Row);
        Assert.Contains("team", rejected.Errors.Keys);
        Assert.Equal(HandoverReason.TeamMove, Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}")).Reason);
        Assert.Single(await HandoversOf(fixture.Custody, $"staffId={dina}"));
    }
}
