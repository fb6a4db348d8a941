using MassTransit;

namespace AccountGov.Custody.Contracts;

/// <summary>
/// A BD officer asked for emergency access to an account; a second, different BD officer must approve it by
/// <c>ApproveBy</c>. Never the reason they gave: the other officers read it in the Portal.
/// </summary>
[MessageUrn("accountgov:custody:break-glass-requested:v1")]
public sealed record BreakGlassRequested(Guid AccountId, Guid BreakGlassId, string OpenedBy, DateTimeOffset ApproveBy, DateTimeOffset OpenedAt);
