using AccountGov.Custody.Api.Reports.CustodyGaps;

namespace AccountGov.Custody.UnitTests.Reports;

public class AnticipatedGapTests
{
    private static readonly Guid Account = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 12, 14);

    [Fact]
    public void GivenNothingToldYet_WhenAGapIsAhead_ThenItIsAnticipatedWithItsDay() =>
        Assert.Equal(Day, Assert.IsType<CustodyGapAnticipated>(Assert.Single(AnticipatedGap.Decide(null, Account, "sam", Day, Now))).OpensOn);

    [Fact]
    public void GivenTheSameDayWasTold_WhenLookedAtAgain_ThenNothing() =>
        Assert.Empty(AnticipatedGap.Decide(Told(Day), Account, "sam", Day, Now));

    [Fact]
    public void GivenTheDayMoved_WhenLookedAtAgain_ThenTheNewDayIsAnticipated() =>
        Assert.Equal(Day.AddDays(3), Assert.IsType<CustodyGapAnticipated>(Assert.Single(AnticipatedGap.Decide(Told(Day), Account, "sam", Day.AddDays(3), Now))).OpensOn);

    [Fact]
    public void GivenAToldGapNoLongerAhead_WhenLookedAtAgain_ThenItIsWithdrawnAndThenNothing()
    {
        var withdrawn = Assert.IsType<CustodyGapNoLongerAnticipated>(Assert.Single(AnticipatedGap.Decide(Told(Day), Account, "sam", null, Now)));
        Assert.Empty(AnticipatedGap.Decide(Told(Day).Then(withdrawn), Account, "sam", null, Now));
        Assert.Empty(AnticipatedGap.Decide(null, Account, "sam", null, Now));
    }

    private static AnticipatedGap Told(DateOnly day) => AnticipatedGap.Start(new CustodyGapAnticipated(Account, day, "sam", Now));
}
