using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Custody.IntegrationTests.Handovers;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Reports;

/// <summary>Issue 13: a sponsor is named on the gaps and escalations of the accounts they sponsor, and reads them.</summary>
public class SponsorReadsTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private sealed record Gap(Guid AccountId);

    [Fact]
    public async Task GivenTwoAccountsWithGaps_ThenTheSponsorReadsTheGapHandoversAndExposureOfTheirsOnly()
    {
        var (carl, dina, erin, fay) = (Person("carl"), Person("dina"), Person("erin"), Person("fay"));
        var sponsor = Person("sam");
        var mine = await Account(fixture.Custody, carl, dina, sponsor);
        var theirs = await Account(fixture.Custody, erin, fay, Person("sue"));
        foreach (var person in new[] { carl, dina, erin, fay })
            await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = person, leaveType = "Sickness", from = Iso(Today(fixture).AddDays(-1)) });
        var asSponsor = await fixture.Custody.ClientFor(sponsor, "SeniorManager");

        var gaps = (await asSponsor.GetFromJsonAsync<Gap[]>("/reports/custody-gaps", Json.Options))!;
        Assert.Equal([mine.Id], gaps.Select(g => g.AccountId));
        Assert.Empty((await asSponsor.GetFromJsonAsync<Gap[]>("/reports/custody-gaps/upcoming", Json.Options))!);

        var handovers = (await asSponsor.GetFromJsonAsync<HandoverSummary[]>("/handovers", Json.Options))!;
        Assert.Equal(2, handovers.Length);
        Assert.All(handovers, h => Assert.Equal(mine.Id, h.AccountId));
        var other = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={erin}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await asSponsor.GetAsync($"/handovers/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await asSponsor.GetAsync($"/handovers/{handovers[0].Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await asSponsor.GetAsync($"/accounts/{mine.Id}/exposure")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asSponsor.GetAsync($"/accounts/{theirs.Id}/exposure")).StatusCode);
        Assert.Empty((await asSponsor.GetFromJsonAsync<ExposureReport[]>($"/reports/exposure?userId={erin}", Json.Options))!);
    }

    [Fact]
    public async Task GivenASeniorManagerWhoSponsorsNothing_ThenTheirGapReportIsEmpty()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        await Account(fixture.Custody, carl, dina);
        foreach (var person in new[] { carl, dina })
            await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = person, leaveType = "Sickness", from = Iso(Today(fixture)) });
        var stranger = await fixture.Custody.ClientFor(Person("sm"), "SeniorManager");

        Assert.Empty((await stranger.GetFromJsonAsync<Gap[]>("/reports/custody-gaps", Json.Options))!);
        Assert.Empty((await stranger.GetFromJsonAsync<HandoverSummary[]>($"/handovers?staffId={carl}", Json.Options))!);
    }
}
