using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.Api.Reviews;

/// <summary>
/// Account: the periodic account review (IG31 §8.2, MECCG139 §6). Membership: an IM group's membership review
/// (CO23 §3.4). Condition: one of BD's approval conditions, checked by its due date.
/// </summary>
public enum ReviewKind { Account, Membership, Condition }

public enum ReviewStatus { Due, ChangesNeeded, Confirmed, Decommission, Closed }

public enum ReviewOutcome { Confirmed, ChangesNeeded, Decommission }

/// <summary>How often a review recurs: months (the account review, a quarterly cadence) or days (weekly, fortnightly).</summary>
public sealed record ReviewInterval(int Months, int Days)
{
    public DateOnly After(DateOnly day) => day.AddMonths(Months).AddDays(Days);
}

/// <summary>What the reviewer answered, and what the vault said about the credential's age when they did.</summary>
public sealed record ReviewChecks(
    bool? StillNeeded, bool? DisclaimerDisplayed, bool? ContentChecked, bool? MembershipReviewed, bool? ConditionMet,
    bool CredentialRotatedInPeriod);

/// <summary>One review of one account, due on a day. <c>Schedule</c> names its series ("account", "membership", "condition-2").</summary>
public sealed record ReviewScheduled(
    Guid ReviewId, Guid AccountId, ReviewKind Kind, string Schedule, int Sequence, DateOnly DueOn, string? Condition,
    ReviewInterval? Every, DateTimeOffset ScheduledAt);

/// <summary>A custodian confirmed they are still the right person to hold the account (each one does).</summary>
public sealed record ReviewCustodianConfirmed(Guid ReviewId, Guid AccountId, string UserId, DateTimeOffset At);

/// <summary>The custodians and the sponsor were reminded that the review is due (once per review, on a business day).</summary>
public sealed record ReviewReminded(Guid ReviewId, Guid AccountId, ReviewKind Kind, DateOnly DueOn, IReadOnlyList<string> ToUserIds, DateOnly On, DateTimeOffset At);

/// <summary>The review is overdue: Business Development and the sponsor are told (once, on a business day).</summary>
public sealed record ReviewEscalated(Guid ReviewId, Guid AccountId, ReviewKind Kind, DateOnly DueOn, string? SponsorUserId, DateOnly On, DateTimeOffset At);

/// <summary>A custodian or the sponsor recorded the review. ChangesNeeded keeps it open with its tasks; the others close it.</summary>
public sealed record ReviewCompleted(
    Guid ReviewId, Guid AccountId, ReviewKind Kind, ReviewOutcome Outcome, ReviewChecks Checks, string? Findings, IReadOnlyList<string> Tasks,
    string CompletedBy, DateTimeOffset At);

/// <summary>The account was decommissioned: nothing is left to review.</summary>
public sealed record ReviewClosed(Guid ReviewId, Guid AccountId, DateTimeOffset At);

/// <summary>One scheduled review of an account; see readme.md. Its stream id is derived (StreamIds.ForReview).</summary>
public sealed record Review(
    Guid Id, Guid AccountId, ReviewKind Kind, string Schedule, int Sequence, DateOnly DueOn, string? Condition,
    ReviewInterval? Every, ReviewStatus Status, DateTimeOffset ScheduledAt) : IAggregate<Review>
{
    /// <summary>The stream version, set by Marten on the snapshot; writes expect it.</summary>
    public long Version { get; set; }
    public IReadOnlyList<string> Confirmed { get; init; } = [];
    public IReadOnlyList<string> Tasks { get; init; } = [];
    public string? Findings { get; init; }
    public ReviewChecks? Checks { get; init; }
    public DateOnly? RemindedOn { get; init; }
    public DateOnly? EscalatedOn { get; init; }
    public string? CompletedBy { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    public bool IsOpen => Status is ReviewStatus.Due or ReviewStatus.ChangesNeeded;

    public static IReadOnlyList<Type> Events { get; } =
    [
        typeof(ReviewScheduled), typeof(ReviewCustodianConfirmed), typeof(ReviewReminded), typeof(ReviewEscalated),
        typeof(ReviewCompleted), typeof(ReviewClosed),
    ];

    public static Review Start(object first) => first is ReviewScheduled e
        ? new(e.ReviewId, e.AccountId, e.Kind, e.Schedule, e.Sequence, e.DueOn, e.Condition, e.Every, ReviewStatus.Due, e.ScheduledAt)
        : throw new UnknownEvent(typeof(Review), first);

    private Review On(ReviewCompleted e) => this with
    {
        Status = e.Outcome switch
        {
            ReviewOutcome.Confirmed => ReviewStatus.Confirmed,
            ReviewOutcome.ChangesNeeded => ReviewStatus.ChangesNeeded,
            _ => ReviewStatus.Decommission,
        },
        Checks = e.Checks, Findings = e.Findings, Tasks = e.Tasks, CompletedBy = e.CompletedBy, CompletedAt = e.At,
    };

    public Review Then(object e) => e switch
    {
        ReviewCustodianConfirmed x => this with { Confirmed = [.. Confirmed, x.UserId] },
        ReviewReminded x => this with { RemindedOn = x.On },
        ReviewEscalated x => this with { EscalatedOn = x.On },
        ReviewCompleted x => On(x),
        ReviewClosed x => this with { Status = ReviewStatus.Closed, CompletedAt = x.At },
        _ => throw new UnknownEvent(typeof(Review), e),
    };
}
