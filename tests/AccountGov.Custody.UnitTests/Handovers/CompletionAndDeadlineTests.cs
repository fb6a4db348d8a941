using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Handovers.Completing;
using AccountGov.Custody.Api.Handovers.Deadlines;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Time;
using static AccountGov.Custody.UnitTests.Hr.Hr;
using HandoverState = AccountGov.Custody.Api.Handovers.Handover;

namespace AccountGov.Custody.UnitTests.Handovers;

public class CompletionAndDeadlineTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid VersionAtOpen = Guid.NewGuid();

    private static HandoverState Permanent(DateOnly? due = null) => HandoverState.Start(new HandoverOpened(
        Guid.NewGuid(), Guid.NewGuid(), "carl", "dina", HandoverKind.Permanent, HandoverReason.Departure, "hr-1",
        Day("2026-12-04"), due ?? Day("2026-12-03"), Opened, VersionAtOpen, "fp-old"));

    private static readonly CompleteHandover AllTicked = new(CredentialRotated: true, LinkedEmailTransferred: true);

    [Fact]
    public void GivenAPermanentHandover_WhenNoNewCredentialWasStored_ThenCompletionIsRefused()
    {
        Assert.Throws<RuleViolation>(() => CompleteHandover.Decide(Permanent(), AllTicked, "dina", true, null, Opened.AddHours(1)));
        Assert.Throws<RuleViolation>(() => CompleteHandover.Decide(Permanent(), AllTicked, "dina", true,
            new CredentialState(VersionAtOpen, Opened.AddMinutes(-5), "fp-old"), Opened.AddHours(1)));
    }

    [Fact]
    public void GivenANewVersionWithTheSamePassword_WhenCompleting_ThenItIsNotRotation() =>
        Assert.Throws<RuleViolation>(() => CompleteHandover.Decide(Permanent(), AllTicked, "dina", true,
            new CredentialState(Guid.NewGuid(), Opened.AddMinutes(5), "fp-old"), Opened.AddHours(1)));

    [Fact]
    public void GivenARotatedPassword_WhenTheReceiverCompletesWithoutTickingRotation_ThenRefused_AndWithItCompleted()
    {
        var rotated = new CredentialState(Guid.NewGuid(), Opened.AddMinutes(5), "fp-new");

        Assert.Throws<RuleViolation>(() => CompleteHandover.Decide(Permanent(), AllTicked with { CredentialRotated = false }, "dina", true, rotated, Opened.AddHours(1)));
        Assert.Throws<RuleViolation>(() => CompleteHandover.Decide(Permanent(), AllTicked with { LinkedEmailTransferred = false }, "dina", true, rotated, Opened.AddHours(1)));
        var completed = Assert.IsType<HandoverCompleted>(Assert.Single(CompleteHandover.Decide(Permanent(), AllTicked, "dina", true, rotated, Opened.AddHours(1))));
        Assert.Equal("dina", completed.CompletedBy);
    }

    [Fact]
    public void GivenSomeoneOtherThanTheReceiver_WhenCompleting_ThenAccessDenied_AndAnInactiveReceiverIsRefused()
    {
        var rotated = new CredentialState(Guid.NewGuid(), Opened.AddMinutes(5), "fp-new");
        Assert.Throws<AccessDenied>(() => CompleteHandover.Decide(Permanent(), AllTicked, "carl", true, rotated, Opened.AddHours(1)));
        Assert.Throws<RuleViolation>(() => CompleteHandover.Decide(Permanent(), AllTicked, "dina", false, rotated, Opened.AddHours(1)));
    }

    [Fact]
    public void GivenARevertedHandover_WhenCompleting_ThenRefused()
    {
        var reverted = Permanent().Then(new HandoverReverted(Guid.Empty, Guid.Empty, RevertReason.Cancelled, Opened));
        Assert.Throws<RuleViolation>(() => CompleteHandover.Decide(reverted, AllTicked, "dina", true, null, Opened));
    }

    [Theory]
    [InlineData("2026-11-30", false)] // Monday, due Thursday: three business days away
    [InlineData("2026-12-01", true)]  // Tuesday: two business days away
    [InlineData("2026-12-03", true)]  // the due day itself
    public void GivenAnOpenHandover_WhenItsDueDateNears_ThenItIsRemindedWithinTwoBusinessDays(string today, bool reminded) =>
        Assert.Equal(reminded, HandoverDeadlines.Decide(Permanent(), "sam", Day(today), Opened, BusinessCalendar.WeekdaysOnly)
            .OfType<HandoverReminded>().Any());

    [Fact]
    public void GivenAnOverdueHandover_WhenTheClockTicks_ThenItIsEscalatedOnce()
    {
        var handover = Permanent().Then(new HandoverReminded(Guid.Empty, Guid.Empty, "dina", Day("2026-12-03"), Opened));

        var escalated = Assert.IsType<HandoverEscalated>(Assert.Single(HandoverDeadlines.Decide(handover, "sam", Day("2026-12-04"), Opened, BusinessCalendar.WeekdaysOnly)));

        Assert.Equal((EscalationReason.Overdue, "sam"), (escalated.Reason, escalated.SponsorUserId));
        Assert.Empty(HandoverDeadlines.Decide(handover.Then(escalated), "sam", Day("2026-12-05"), Opened, BusinessCalendar.WeekdaysOnly));
    }

    [Fact]
    public void GivenACompletedHandover_WhenPastDue_ThenNothingHappens()
    {
        var done = Permanent().Then(new HandoverCompleted(Guid.Empty, Guid.Empty, "dina", new HandoverChecklist(true, true, null, null, null), Opened));
        Assert.Empty(HandoverDeadlines.Decide(done, "sam", Day("2026-12-10"), Opened, BusinessCalendar.WeekdaysOnly));
    }
}
