using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.Api.Reports.CustodyGaps;

public sealed record CustodyGapOpened(Guid AccountId, string Reason, string? SponsorUserId, DateTimeOffset At);
public sealed record CustodyGapClosed(Guid AccountId, DateTimeOffset At);

/// <summary>
/// The invariant "every Active account has at least one Active custodian" (IG31 §8.1: credentials always have an
/// organisational owner), tracked per account so that opening and closing a gap are each recorded exactly once.
/// </summary>
public sealed record CustodyGap(Guid Id, Guid AccountId, bool IsOpen, string? Reason, DateTimeOffset? OpenedAt) : IAggregate<CustodyGap>
{
    /// <summary>Every event of the stream, its first included (Marten hands the projection only these).</summary>
    public static IReadOnlyList<Type> Events { get; } =
    [
        typeof(CustodyGapOpened), typeof(CustodyGapClosed),
    ];

    public static CustodyGap Start(object first) => first is CustodyGapOpened e
        ? new(StreamIds.ForCustodyGap(e.AccountId), e.AccountId, true, e.Reason, e.At)
        : throw new UnknownEvent(typeof(CustodyGap), first);

    private CustodyGap On(CustodyGapOpened e) => this with { IsOpen = true, Reason = e.Reason, OpenedAt = e.At };

    private CustodyGap On(CustodyGapClosed e) => this with { IsOpen = false, Reason = null, OpenedAt = null };

    /// <summary>The one evolve: every event of the stream after the first.</summary>
    public CustodyGap Then(object e) => e switch
    {
        CustodyGapOpened x => On(x), CustodyGapClosed x => On(x), _ => throw new UnknownEvent(typeof(CustodyGap), e),
    };

    public static IReadOnlyList<object> Decide(CustodyGap? state, CustodyAccount account, DateTimeOffset now)
    {
        var breach = account.IsActive && !account.HasActiveCustodian;
        var open = state?.IsOpen == true;
        return breach && !open ? [new CustodyGapOpened(account.Id, ReasonFor(account), account.SponsorUserId, now)]
            : !breach && open ? [new CustodyGapClosed(account.Id, now)]
            : [];
    }

    public static string ReasonFor(CustodyAccount account) => account.Custodians.Count == 0
        ? "The account has no custodians."
        : "No custodian is Active: " + string.Join(", ", account.Custodians.Select(c => $"{c.UserId} is {c.Status}")) + ".";

    /// <summary>
    /// The first day ahead on which every custodian will be away, as far as booked leave and departures say,
    /// or null. Only days on which someone's absence begins can open a gap, so only those are checked.
    /// </summary>
    public static (DateOnly OpensOn, string Reason)? Upcoming(
        CustodyAccount account, IReadOnlyDictionary<string, StaffMember> staff, DateOnly today)
    {
        if (!account.IsActive || !account.HasActiveCustodian) return null;
        var known = account.Custodians.Select(c => staff.GetValueOrDefault(c.UserId)).ToList();
        if (known.Any(s => s is null)) return null; // someone HR has never reported on stays available
        var candidates = known.SelectMany(s => s!.Leaves.Where(l => !l.IsOver).Select(l => l.From)
                .Concat(s.Departure is { } d && !s.HasLeft ? [d.LastWorkingDay.AddDays(1)] : []))
            .Where(d => d > today).Distinct().Order();
        foreach (var day in candidates)
            if (known.All(s => s!.IsAwayOn(day)))
                return (day, "Every custodian will be away: " +
                             string.Join(", ", known.Select(s => $"{s!.StaffId} ({Why(s, day)})")) + ".");
        return null;
    }

    private static string Why(StaffMember s, DateOnly day) =>
        s.HasLeft || (s.Departure is { } d && day > d.LastWorkingDay) ? "left" : "on leave";
}
