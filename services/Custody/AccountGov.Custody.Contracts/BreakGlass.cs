namespace AccountGov.Custody.Contracts;

public enum BreakGlassStatus { AwaitingApproval, Approved, Used, Expired }

/// <summary>POST /accounts/{id}/break-glass.</summary>
public sealed record OpenBreakGlassBody(string Reason);

/// <summary>Emergency access to one account: opened by one BD officer, approved by a second, used at most once.</summary>
public sealed record BreakGlassDetails(
    Guid Id, Guid AccountId, string OpenedBy, string Reason, DateTimeOffset OpenedAt, BreakGlassStatus Status,
    string? ApprovedBy, DateTimeOffset? ApprovedAt, DateTimeOffset ExpiresAt);
