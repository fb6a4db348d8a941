using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Handovers;

/// <summary>
/// Issue 12: a gap that booked leave will open was shown on the upcoming report and nobody was told. It is now
/// published once per gap (and again if its day moves), so BD and the sponsor hear while there is time to act.
/// </summary>
public class AnticipatedGapTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    [Fact]
    public async Task GivenBothCustodiansBookTheSameLeave_WhenTheWatchLooksAhead_ThenTheGapIsPublishedOnceWithTheDayItOpens()
    {
        var first = await BothAway(daysAhead: 10);
        var second = await BothAway(daysAhead: 12);

        var forSecond = await Eventually.Get(() => Task.FromResult<List<CustodyGapAnticipated>?>(fixture.Published.Of<CustodyGapAnticipated>().Where(m => m.AccountId == second.Account).ToList()),
            until: l => l!.Count > 0, what: "the later gap published");
        // The later gap was published after the first one was looked at again, so a repeat would be here by now.
        var forFirst = fixture.Published.Of<CustodyGapAnticipated>().Where(m => m.AccountId == first.Account).ToList();
        Assert.Equal(first.Opens, Assert.Single(forFirst).OpensOn);
        Assert.Equal(second.Opens, Assert.Single(forSecond).OpensOn);
        Assert.Equal(Personas.Sam, forFirst[0].SponsorUserId);
    }

    [Fact]
    public async Task GivenAnAnnouncedGap_WhenEarlierLeaveMovesItsDay_ThenTheNewDayIsPublished()
    {
        var (account, _, people) = await BothAwayWith(daysAhead: 10);
        var earlier = Today(fixture).AddDays(5);
        foreach (var who in people)
            await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = who, leaveType = "Annual", from = Iso(earlier), to = Iso(earlier.AddDays(1)) });

        await Eventually.True(() => Task.FromResult(fixture.Published.Of<CustodyGapAnticipated>().Any(m => m.AccountId == account && m.OpensOn == earlier)),
            what: "the gap's new, earlier day published");
    }

    private async Task<(Guid Account, DateOnly Opens)> BothAway(int daysAhead)
    {
        var (account, opens, _) = await BothAwayWith(daysAhead);
        return (account, opens);
    }

    private async Task<(Guid Account, DateOnly Opens, string[] People)> BothAwayWith(int daysAhead)
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var from = Today(fixture).AddDays(daysAhead);
        foreach (var who in new[] { carl, dina })
            await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = who, leaveType = "Annual", from = Iso(from), to = Iso(from.AddDays(4)) });
        await Eventually.True(() => Task.FromResult(fixture.Published.Of<CustodyGapAnticipated>().Any(m => m.AccountId == account.Id)),
            what: $"the gap ahead on day +{daysAhead} published");
        return (account.Id, from, [carl, dina]);
    }
}
