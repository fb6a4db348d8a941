using AccountGov.Approvals.Contracts;
using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.Api.Reviews.Scheduling;

/// <summary>
/// The reviews an account carries from its approval, and the next one after a confirmed review. Pure: the stream
/// ids are derived, so a redelivered approval or a repeated completion plans the same streams (and a second start
/// of one is refused).
/// </summary>
public static class ReviewSchedule
{
    public const string AccountSeries = "account";
    public const string MembershipSeries = "membership";
    public const int DefaultIntervalMonths = 12;

    /// <summary>
    /// The account review at BD's interval (12 months when the approval predates it), the IM membership review at the
    /// business case's cadence, and one review per dated condition. Plain conditions are checked at the account review.
    /// </summary>
    public static IReadOnlyList<StreamAppend> Initial(Guid accountId, AccountRequestApproved approved, DateOnly registeredOn, DateTimeOffset now)
    {
        var every = new ReviewInterval(approved.ReviewIntervalMonths ?? DefaultIntervalMonths, 0);
        var plans = new List<StreamAppend> { First(accountId, ReviewKind.Account, AccountSeries, every.After(registeredOn), null, every, now) };
        if (Cadence(approved.MembershipReviewCadence) is { } cadence)
            plans.Add(First(accountId, ReviewKind.Membership, MembershipSeries, cadence.After(registeredOn), null, cadence, now));
        var dated = approved.DatedConditions ?? [];
        for (var i = 0; i < dated.Count; i++)
            plans.Add(First(accountId, ReviewKind.Condition, $"condition-{i + 1}", dated[i].DueOn, dated[i].Text, null, now));
        return plans;
    }

    /// <summary>A confirmed review of a recurring series schedules the next, counted from the day it was confirmed.</summary>
    public static StreamAppend? Next(Review confirmed, DateOnly today, DateTimeOffset now)
    {
        if (confirmed.Every is not { } every) return null;
        var id = StreamIds.ForReview(confirmed.AccountId, confirmed.Schedule, confirmed.Sequence + 1);
        return StreamAppend.Start<Review>(id,
        [
            new ReviewScheduled(id, confirmed.AccountId, confirmed.Kind, confirmed.Schedule, confirmed.Sequence + 1,
                every.After(today), confirmed.Condition, every, now),
        ]);
    }

    /// <summary>The business case's membership review cadence (CO23 §3.4); null when the account is not an IM group.</summary>
    public static ReviewInterval? Cadence(string? cadence) => cadence switch
    {
        "Weekly" => new ReviewInterval(0, 7),
        "Fortnightly" => new ReviewInterval(0, 14),
        "Monthly" => new ReviewInterval(1, 0),
        "Quarterly" => new ReviewInterval(3, 0),
        _ => null,
    };

    private static StreamAppend First(
        Guid accountId, ReviewKind kind, string series, DateOnly dueOn, string? condition, ReviewInterval? every, DateTimeOffset now)
    {
        var id = StreamIds.ForReview(accountId, series, 1);
        return StreamAppend.Start<Review>(id, [new ReviewScheduled(id, accountId, kind, series, 1, dueOn, condition, every, now)]);
    }
}
