using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Handovers;

/// <summary>Issue 13: a leaver works their notice; custody moves before the last working day, not on notice day.</summary>
public class NoticePeriodTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private sealed record Gap(Guid AccountId);
    private sealed record Upcoming(Guid AccountId, DateOnly OpensOn, string Reason);

    private static object Credential => new
    {
        username = "stpaedsphysio", password = "Known-To-Carl-1", linkedEmail = "paeds.social@example.nhs.uk",
        linkedEmailPassword = "mail-1", recoveryCodes = new[] { "1111-2222" }, notes = "",
    };

    [Fact]
    public async Task GivenALeaverWithTheLastDayAhead_ThenTheyStayActiveAndMayReveal_AndBecomeLeftAfterTheLastDay()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var asCarl = await fixture.Custody.ClientFor(carl, "Staff");
        Assert.Equal(HttpStatusCode.NoContent, (await asCarl.PutAsJsonAsync($"/accounts/{account.Id}/credential", Credential)).StatusCode);
        var lastDay = Today(fixture).AddDays(10);

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Leaving", staffId = carl, lastWorkingDay = Iso(lastDay) });

        Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl));
        Assert.Equal(HttpStatusCode.OK, (await Vault.Reveal(asCarl, account.Id, "Notice-period post")).StatusCode);
        var handover = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal((HandoverKind.Permanent, dina, HandoverStatus.Open), (handover.Kind, handover.ToUserId, handover.Status));
        Assert.True(handover.DueBy < lastDay);

        fixture.Clock.AdvanceDays(11);
        try
        {
            await Eventually.True(async () => await StatusOf(fixture.Custody, account.Id, carl) == CustodianStatus.Left, what: "the leaver Left");
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await asCarl.PostAsJsonAsync($"/accounts/{account.Id}/credential/reveal", new { reason = "One more" })).StatusCode);
    }

    [Fact]
    public async Task GivenTheOtherCustodianOffSick_WhenOneGivesNotice_ThenNoGapNow_AndTheUpcomingGapOpensTheDayAfterTheLastDay()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var lastDay = Today(fixture).AddDays(12);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Leaving", staffId = carl, lastWorkingDay = Iso(lastDay) });

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = dina, leaveType = "Sickness", from = Iso(Today(fixture).AddDays(-1)) });

        var bd = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        Assert.DoesNotContain((await bd.GetFromJsonAsync<Gap[]>("/reports/custody-gaps", Json.Options))!, g => g.AccountId == account.Id);
        var upcoming = Assert.Single((await bd.GetFromJsonAsync<Upcoming[]>("/reports/custody-gaps/upcoming", Json.Options))!, g => g.AccountId == account.Id);
        Assert.Equal(lastDay.AddDays(1), upcoming.OpensOn);
        // Dina's sickness has no end date: Carl, leaving, cannot cover it, so nobody receives it and BD is told.
        Assert.Null(Assert.Single(await HandoversOf(fixture.Custody, $"staffId={dina}")).ToUserId);
    }

    [Fact]
    public async Task GivenANoticeGiven_WhenHrMovesTheLastDay_ThenTheSameHandoverIsDueBeforeTheNewDay()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        await Account(fixture.Custody, carl, dina);
        var (first, later) = (Today(fixture).AddDays(10), Today(fixture).AddDays(40));
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Leaving", staffId = carl, lastWorkingDay = Iso(first) });
        var before = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Leaving", staffId = carl, lastWorkingDay = Iso(later) });

        var after = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal((before.Id, later), (after.Id, after.StartsOn));
        Assert.True(after.DueBy > first && after.DueBy < later, $"due {after.DueBy}");
    }

    [Fact]
    public async Task GivenALeaverWorkingTheirNotice_ThenTheyCoverALeaveEndingBeforeTheirLastDay_ButNotOneBeyondIt()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        await Account(fixture.Custody, carl, dina);
        var today = Today(fixture);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Leaving", staffId = carl, lastWorkingDay = Iso(today.AddDays(30)) });

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = dina, leaveType = "Annual", from = Iso(today.AddDays(5)), to = Iso(today.AddDays(8)) });
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = dina, leaveType = "Annual", from = Iso(today.AddDays(25)), to = Iso(today.AddDays(40)) });

        var handovers = (await HandoversOf(fixture.Custody, $"staffId={dina}")).OrderBy(h => h.StartsOn).ToArray();
        Assert.Equal([carl, null], handovers.Select(h => h.ToUserId));
        Assert.Equal(HandoverStatus.Escalated, handovers[1].Status);
    }

    [Fact]
    public async Task GivenOneHrFile_WhereCarlGivesNoticeAndDinaGoesOffSick_ThenDinasHandoverNeverStaysWithCarl()
    {
        var pairs = Enumerable.Range(0, 6).Select(_ => (Carl: Person("carl"), Dina: Person("dina"))).ToArray();
        foreach (var (carl, dina) in pairs) await Account(fixture.Custody, carl, dina);
        var today = Today(fixture);
        var rows = pairs.SelectMany(p => new[]
        {
            $"{Person("hr")},Leaving,{p.Carl},,,,{Iso(today.AddDays(20))}",
            $"{Person("hr")},LeaveBooked,{p.Dina},Sickness,{Iso(today)},,",
        });
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");
        var file = new StringContent("eventId,type,staffId,leaveType,from,to,lastWorkingDay\n" + string.Join("\n", rows), System.Text.Encoding.UTF8, "text/csv");
        Assert.Equal(HttpStatusCode.OK, (await hr.PostAsync("/hr/events/batch", file)).StatusCode);

        foreach (var (carl, dina) in pairs)
            await Eventually.True(async () => (await HandoversOf(fixture.Custody, $"staffId={dina}")).SingleOrDefault() is { ToUserId: null, Status: HandoverStatus.Escalated },
                what: $"{dina}'s handover escalated, not left with {carl}");
    }
}
