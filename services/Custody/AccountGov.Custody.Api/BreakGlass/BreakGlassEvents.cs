namespace AccountGov.Custody.Api.Accounts;

/// <summary>A BD officer asked for emergency access. It lapses unless approved by <see cref="ApproveBy"/>.</summary>
public sealed record BreakGlassOpened(
    Guid AccountId, Guid BreakGlassId, string OpenedBy, string OpenedByName, string Reason, DateTimeOffset OpenedAt, DateTimeOffset ApproveBy);

/// <summary>A second, different BD officer approved; the opener may reveal once until <see cref="ExpiresAt"/>.</summary>
public sealed record BreakGlassApproved(Guid AccountId, Guid BreakGlassId, string OpenedBy, string ApprovedBy, DateTimeOffset ApprovedAt, DateTimeOffset ExpiresAt);

public sealed record BreakGlassGrant(
    Guid Id, string OpenedBy, string Reason, DateTimeOffset OpenedAt, DateTimeOffset ApproveBy, string? ApprovedBy,
    DateTimeOffset? ApprovedAt, DateTimeOffset? ExpiresAt, bool Used)
{
    public bool IsAwaitingApproval(DateTimeOffset now) => ApprovedBy is null && now < ApproveBy;
    public bool IsUsable(DateTimeOffset now) => ApprovedBy is not null && !Used && now < ExpiresAt;
}
