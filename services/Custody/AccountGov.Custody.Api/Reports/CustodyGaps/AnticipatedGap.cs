using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.Api.Reports.CustodyGaps;

public sealed record CustodyGapAnticipated(Guid AccountId, DateOnly OpensOn, string? SponsorUserId, DateTimeOffset At);
public sealed record CustodyGapNoLongerAnticipated(Guid AccountId, DateTimeOffset At);

/// <summary>
/// What BD and the sponsor were last told of a gap ahead on one account, so each gap ahead (or each new day it will
/// open) is announced once, however often it is looked for. The gap itself, when it comes, is <see cref="CustodyGap"/>.
/// </summary>
public sealed record AnticipatedGap(Guid Id, Guid AccountId, DateOnly? OpensOn) : IAggregate<AnticipatedGap>
{
    /// <summary>The stream version, set by Marten on the snapshot; the watch's append expects it.</summary>
    public long Version { get; set; }

    /// <summary>Every event of the stream, its first included (Marten hands the projection only these).</summary>
    public static IReadOnlyList<Type> Events { get; } =
    [
        typeof(CustodyGapAnticipated), typeof(CustodyGapNoLongerAnticipated),
    ];

    public static AnticipatedGap Start(object first) => first is CustodyGapAnticipated e
        ? new(StreamIds.ForAnticipatedGap(e.AccountId), e.AccountId, e.OpensOn)
        : throw new UnknownEvent(typeof(AnticipatedGap), first);

    private AnticipatedGap On(CustodyGapAnticipated e) => this with { OpensOn = e.OpensOn };

    private AnticipatedGap On(CustodyGapNoLongerAnticipated e) => this with { OpensOn = null };

    /// <summary>The one evolve: every event of the stream after the first.</summary>
    public AnticipatedGap Then(object e) => e switch
    {
        CustodyGapAnticipated x => On(x), CustodyGapNoLongerAnticipated x => On(x),
        _ => throw new UnknownEvent(typeof(AnticipatedGap), e),
    };

    /// <summary>Pure: <paramref name="opensOn"/> is the first day ahead with no custodian, or null for none.</summary>
    public static IReadOnlyList<object> Decide(AnticipatedGap? state, Guid accountId, string? sponsorUserId, DateOnly? opensOn, DateTimeOffset now) =>
        opensOn is { } day && state?.OpensOn != day ? [new CustodyGapAnticipated(accountId, day, sponsorUserId, now)]
        : opensOn is null && state?.OpensOn is not null ? [new CustodyGapNoLongerAnticipated(accountId, now)]
        : [];
}
