using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.UnitTests;

public class DeadlinePolicyTests
{
    [Theory]
    [InlineData("2026-11-23T10:00:00+00:00", StageName.SponsorEndorsement, "2026-11-26")] // Mon + 3
    [InlineData("2026-11-26T10:00:00+00:00", StageName.SponsorEndorsement, "2026-12-01")] // Thu + 3, over the weekend
    [InlineData("2026-12-22T10:00:00+00:00", StageName.BusinessDevelopmentDecision, "2026-12-31")] // Wed 23, Thu 24, Tue 29, Wed 30, Thu 31
    [InlineData("2026-12-24T10:00:00+00:00", StageName.DpiaReview, "2027-01-04")] // Tue 29 .. Mon 4 (New Year's Day not configured)
    [InlineData("2026-11-28T10:00:00+00:00", StageName.SponsorEndorsement, "2026-12-02")] // Saturday start counts from Monday
    public void GivenAStartInstant_WhenAStageStarts_ThenItsDueDateCountsBusinessDays(string start, StageName stage, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Given.Deadlines.DueFor(stage, DateTimeOffset.Parse(start)).DueBy);

    [Fact]
    public void GivenASummerEvening_WhenAskingForToday_ThenItIsTheDateInLondon() =>
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
        Assert.Equal(new DateOnly(2026, 7, 1), Given.Deadlines.Today(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void GivenConfiguredSlas_WhenAStageStarts_ThenTheConfiguredDaysApply()
    {
        var options = new ApprovalsOptions();
        options.StageDueBusinessDays[nameof(StageName.SponsorEndorsement)] = 1;
        var policy = DeadlinePolicy.From(Given.Calendar, options);
        Assert.Equal(new DateOnly(2026, 11, 24), policy.DueFor(StageName.SponsorEndorsement, Given.Monday).DueBy);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void GivenANonPositiveSla_WhenConfigured_ThenStartupFails(int days)
    {
        var options = new ApprovalsOptions();
        options.StageDueBusinessDays[nameof(StageName.DpiaReview)] = days;
        Assert.Throws<InvalidOperationException>(() => DeadlinePolicy.From(Given.Calendar, options));
    }

    [Fact]
    public void GivenAnUnknownTimeZone_WhenConfigured_ThenStartupFails() =>
        Assert.Throws<InvalidOperationException>(() => DeadlinePolicy.From(Given.Calendar, new ApprovalsOptions { TimeZone = "Mars/Olympus" }));
}
