using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Reminding;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.UnitTests;

public class RemindingTests
{
    // Opened Monday 23 Nov; the endorsement is due Thursday 26 Nov.
    private static readonly DateOnly DueDay = new(2026, 11, 26);

    private static IReadOnlyList<object> Sweep(Case c, DateOnly today) =>
        RemindOrEscalate.Decide(c, today, new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    [Fact]
    public void GivenAStageNotYetDue_WhenSwept_ThenNothingIsRecorded() =>
        Assert.Empty(Sweep(Given.Open(), DueDay.AddDays(-1)));

    [Fact]
    public void GivenAStageDueToday_WhenSwept_ThenOneReminderIsRecordedAndTheNextAlertIsTheEscalation()
    {
        var e = Assert.IsType<StageReminded>(Assert.Single(Sweep(Given.Open(), DueDay)));
        Assert.Equal((StageName.SponsorEndorsement, DueDay), (e.Stage, e.DueBy));

        var reminded = Given.Fold(Given.Open(), [e])!;
        Assert.Empty(Sweep(reminded, DueDay));
        Assert.Equal(DueDay.AddDays(1), reminded.NextAlertOn);
        Assert.Equal(CaseAlertKind.Reminder, Assert.Single(reminded.Alerts).Kind);
    }

    [Fact]
    public void GivenARemindedStage_WhenOverdue_ThenOneEscalationIsRecordedAndThenNothingMore()
    {
        var reminded = Given.Fold(Given.Open(), Sweep(Given.Open(), DueDay))!;
        var escalated = Given.Fold(reminded, [Assert.IsType<StageEscalated>(Assert.Single(Sweep(reminded, DueDay.AddDays(1))))])!;

        Assert.Empty(Sweep(escalated, DueDay.AddDays(5)));
        Assert.Null(escalated.NextAlertOn);
        Assert.Equal([CaseAlertKind.Reminder, CaseAlertKind.Escalation], escalated.Alerts.Select(a => a.Kind));
    }

    [Fact]
    public void GivenASweepThatMissedTheDueDay_WhenOverdue_ThenReminderAndEscalationAreBothRecorded() =>
        Assert.Equal([typeof(StageReminded), typeof(StageEscalated)], Sweep(Given.Open(), DueDay.AddDays(4)).Select(e => e.GetType()));

    [Fact]
    public void GivenAnEscalatedStage_WhenItIsDecided_ThenTheNextStageHasItsOwnFreshClock()
    {
        var late = Given.Fold(Given.Open(), Sweep(Given.Open(), DueDay.AddDays(1)))!;
        var endorsed = Given.Fold(late, Api.Cases.Endorsing.EndorseRequest.Decide(late, new EndorsementBody(true, null), Given.Sam,
            new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), Given.Deadlines))!;

        Assert.Equal(StageName.BusinessDevelopmentDecision, endorsed.CurrentStage);
        Assert.Equal(new DateOnly(2026, 12, 4), endorsed.DueBy);
        Assert.Equal(new DateOnly(2026, 12, 4), endorsed.NextAlertOn);
    }

    [Fact]
    public void GivenAClosedCase_WhenSwept_ThenNothingIsRecorded() =>
        Assert.Empty(Sweep(Given.Open() with { Status = CaseStatus.Withdrawn }, DueDay.AddDays(3)));

    [Fact]
    public void GivenADpiaReviewWaitingForItsDpia_WhenSwept_ThenNothingIsRecorded() =>
        Assert.Empty(Sweep(Given.Endorsed(dpiaRequired: true), DueDay.AddDays(30)));
}
