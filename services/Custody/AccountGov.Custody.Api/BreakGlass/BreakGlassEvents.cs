namespace AccountGov.Custody.Api.BreakGlass;

/// <summary>A BD officer asked for emergency access. It lapses unless approved by <see cref="ApproveBy"/>.</summary>
public sealed record BreakGlassOpened(
    Guid AccountId, Guid BreakGlassId, string OpenedBy, string OpenedByName, string Reason, DateTimeOffset OpenedAt, DateTimeOffset ApproveBy);

/// <summary>A second, different BD officer approved; the opener may reveal once until <see cref="ExpiresAt"/>.</summary>
public sealed record BreakGlassApproved(Guid AccountId, Guid BreakGlassId, string OpenedBy, string ApprovedBy, DateTimeOffset ApprovedAt, DateTimeOffset ExpiresAt);

/// <summary>
/// The opener revealed the credential through the grant; committed with the account's <c>CredentialRevealed</c>
/// (which carries the reason) before the plaintext leaves the service. A grant is used once.
/// </summary>
public sealed record BreakGlassUsed(Guid AccountId, Guid BreakGlassId, string UsedBy, Guid CredentialVersionId, DateTimeOffset UsedAt);
