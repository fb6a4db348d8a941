using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.Api.BreakGlass;

/// <summary>
/// One break-glass request and what became of it, on its own stream (<see cref="StreamIds.ForBreakGlass"/>), so
/// opening and approving never contend with custodian changes or reveals on the account's stream. The public id is
/// <see cref="BreakGlassId"/>; <see cref="Id"/> is the stream id derived from it and the account.
/// </summary>
public sealed record BreakGlassGrant(
    Guid Id, Guid AccountId, Guid BreakGlassId, string OpenedBy, string Reason, DateTimeOffset OpenedAt, DateTimeOffset ApproveBy)
    : IAggregate<BreakGlassGrant>
{
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public bool Used { get; init; }
    /// <summary>The stream version, set by Marten on the snapshot; the ETag of approve.</summary>
    public long Version { get; set; }

    public bool IsAwaitingApproval(DateTimeOffset now) => ApprovedBy is null && now < ApproveBy;
    public bool IsUsable(DateTimeOffset now) => ApprovedBy is not null && !Used && now < ExpiresAt;

    /// <summary>Every event of the stream, its first included (Marten hands the projection only these).</summary>
    public static IReadOnlyList<Type> Events { get; } =
    [
        typeof(BreakGlassOpened), typeof(BreakGlassApproved), typeof(BreakGlassUsed),
    ];

    public static BreakGlassGrant Start(object first) => first is BreakGlassOpened e
        ? new(StreamIds.ForBreakGlass(e.AccountId, e.BreakGlassId), e.AccountId, e.BreakGlassId, e.OpenedBy, e.Reason, e.OpenedAt, e.ApproveBy)
        : throw new UnknownEvent(typeof(BreakGlassGrant), first);

    private BreakGlassGrant On(BreakGlassApproved e) => this with { ApprovedBy = e.ApprovedBy, ApprovedAt = e.ApprovedAt, ExpiresAt = e.ExpiresAt };

    private BreakGlassGrant On(BreakGlassUsed e) => this with { Used = true };

    /// <summary>The one evolve: every event of the stream after the first.</summary>
    public BreakGlassGrant Then(object e) => e switch
    {
        BreakGlassApproved x => On(x), BreakGlassUsed x => On(x),
        _ => throw new UnknownEvent(typeof(BreakGlassGrant), e),
    };
}
