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

public sealed partial record Account
{
    public IReadOnlyList<BreakGlassGrant> BreakGlass { get; init; } = [];

    public Account Apply(BreakGlassOpened e) => this with
    {
        BreakGlass = [.. BreakGlass, new BreakGlassGrant(e.BreakGlassId, e.OpenedBy, e.Reason, e.OpenedAt, e.ApproveBy, null, null, null, false)],
    };

    public Account Apply(BreakGlassApproved e) => this with
    {
        BreakGlass = BreakGlass.Select(g => g.Id == e.BreakGlassId ? g with { ApprovedBy = e.ApprovedBy, ApprovedAt = e.ApprovedAt, ExpiresAt = e.ExpiresAt } : g).ToArray(),
    };

    private IReadOnlyList<BreakGlassGrant> MarkUsed(Guid? breakGlassId) => breakGlassId is { } id
        ? BreakGlass.Select(g => g.Id == id ? g with { Used = true } : g).ToArray()
        : BreakGlass;
}
