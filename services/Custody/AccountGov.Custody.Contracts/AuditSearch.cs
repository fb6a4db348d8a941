using Refit;

namespace AccountGov.Custody.Contracts;

/// <summary>One line of GET /audit: an account's audit entry with the account it belongs to. Never a secret.</summary>
public sealed record AccountAuditEntry(
    Guid AccountId, string Platform, string Handle, long Version, DateTimeOffset At, string Event, string By, string? Reason, string Detail);

/// <summary>The audit trail across accounts (Auditor, BD), newest first.</summary>
public interface ICustodyAuditApi
{
    /// <param name="userId">only what this person did</param>
    /// <param name="from">from this day (inclusive, UTC)</param>
    /// <param name="to">to this day (inclusive, UTC)</param>
    [Get("/audit")]
    Task<IReadOnlyList<AccountAuditEntry>> SearchAudit(string? userId = null, Guid? accountId = null,
        [Query(Format = "yyyy-MM-dd")] DateOnly? from = null, [Query(Format = "yyyy-MM-dd")] DateOnly? to = null,
        int? take = null, CancellationToken ct = default);
}
