using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Reports;
using AccountGov.Custody.IntegrationTests.Handovers;

public class CustodyGapTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private sealed record Gap(Guid AccountId, string Reason, DateTimeOffset? Since);
    private sealed record Upcoming(Guid AccountId, DateOnly OpensOn, string Reason);
    private sealed record Report(Gap[] Current, Upcoming[] Upcoming);

    private async Task<Report> GapReport()
    {
        var bd = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var current = (await bd.GetFromJsonAsync<Gap[]>("/reports/custody-gaps", Json.Options))!;
        var upcoming = (await bd.GetFromJsonAsync<Upcoming[]>("/reports/custody-gaps/upcoming", Json.Options))!;
        return new Report(current, upcoming);
    }

    [Fact]
    public async Task GivenBothCustodiansOffSick_WhenTheSecondSicknessArrives_ThenTheGapIsReportedAndPublished_AndTheHandoverEscalated()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var today = Iso(Today(fixture));

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = carl, leaveType = "Sickness", from = today });
        Assert.DoesNotContain((await GapReport()).Current, g => g.AccountId == account.Id);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = dina, leaveType = "Sickness", from = today });

        var gap = Assert.Single((await GapReport()).Current, g => g.AccountId == account.Id);
        Assert.Contains($"{carl} is OnLeave", gap.Reason);
        Assert.NotNull(gap.Since);
        var detected = await Eventually.Get(() => Task.FromResult(fixture.Published.Of<CustodyGapDetected>().FirstOrDefault(m => m.AccountId == account.Id)),
            what: "CustodyGapDetected published");
        Assert.Equal(Personas.Sam, detected!.SponsorUserId);
        var dinas = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={dina}"));
        Assert.Equal((HandoverStatus.Escalated, (string?)null), (dinas.Status, dinas.ToUserId));

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Returned", staffId = dina, from = today });

        Assert.DoesNotContain((await GapReport()).Current, g => g.AccountId == account.Id);
        await Eventually.True(() => Task.FromResult(fixture.Published.Of<CustodyGapClosed>().Any(m => m.AccountId == account.Id)),
            what: "CustodyGapClosed published");
    }

    [Fact]
    public async Task GivenOverlappingBookedLeave_WhenReported_ThenAnUpcomingGapShowsTheDayItOpens()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var today = Today(fixture);

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = carl, leaveType = "Annual", from = Iso(today.AddDays(20)), to = Iso(today.AddDays(30)) });
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = dina, leaveType = "Other", from = Iso(today.AddDays(25)), to = Iso(today.AddDays(27)) });

        var report = await GapReport();
        Assert.DoesNotContain(report.Current, g => g.AccountId == account.Id);
        Assert.Equal(today.AddDays(25), Assert.Single(report.Upcoming, g => g.AccountId == account.Id).OpensOn);
    }
}
