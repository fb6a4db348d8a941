using Refit;

namespace AccountGov.Custody.Contracts;

/// <summary>The Custody API (api.md) as a Refit client. Register it with the standard resilience handler.</summary>
public interface ICustodyApi
{
    /// <summary>The register; <c>credential</c> is deposited or missing, <c>q</c> searches handle and team.</summary>
    [Get("/accounts")]
    Task<IReadOnlyList<AccountDetails>> ListAccounts(Guid? requestId = null, string? custodian = null, int? skip = null, int? take = null,
        string? team = null, string? platform = null, AccountType? type = null, AccountStatus? status = null, string? credential = null,
        string? q = null, CancellationToken ct = default);

    [Get("/accounts/{id}")]
    Task<AccountDetails> GetAccount(Guid id, [Query(Format = "O")] DateTimeOffset? asOf = null, CancellationToken ct = default);

    /// <summary>BD imports the existing register: a CSV (text/csv) with a header row; the answer is the per-row report.</summary>
    [Post("/accounts/imports")]
    Task<IApiResponse<AccountImportReport>> ImportAccounts([Body] HttpContent file, CancellationToken ct = default);

    [Get("/accounts/imports/{id}")]
    Task<AccountImportReport> GetAccountImport(Guid id, CancellationToken ct = default);

    [Post("/accounts/{id}/custodians")]
    Task<AccountDetails> AddCustodian(Guid id, [Body] AddCustodianBody body, CancellationToken ct = default);

    [Post("/accounts/{id}/custodians/{userId}/removal")]
    Task<AccountDetails> RemoveCustodian(Guid id, string userId, [Body] RemoveCustodianBody body, CancellationToken ct = default);

    [Post("/accounts/{id}/suspend")]
    Task<AccountDetails> Suspend(Guid id, [Body] ReasonBody body, CancellationToken ct = default);

    [Post("/accounts/{id}/reactivate")]
    Task<AccountDetails> Reactivate(Guid id, [Body] ReasonBody body, CancellationToken ct = default);

    [Post("/accounts/{id}/decommissioning")]
    Task<AccountDetails> StartDecommissioning(Guid id, [Body] ReasonBody body, CancellationToken ct = default);

    [Post("/accounts/{id}/decommissioning/checklist")]
    Task<AccountDetails> CompleteChecklistItem(Guid id, [Body] ChecklistItemBody body, CancellationToken ct = default);

    /// <summary>Stores a new credential version (an active custodian or BD).</summary>
    [Put("/accounts/{id}/credential")]
    Task DepositCredential(Guid id, [Body] CredentialBody body, CancellationToken ct = default);

    /// <summary>A custodian acknowledges <see cref="NeverPostRules"/> on this account, once, before their first reveal.</summary>
    [Post("/accounts/{id}/never-post-rules/acknowledgement")]
    Task<AccountDetails> AcknowledgeNeverPostRules(Guid id, CancellationToken ct = default);

    /// <summary>Audited before it returns; an active custodian only. Do not log or cache the result.</summary>
    [Post("/accounts/{id}/credential/reveal")]
    Task<RevealedCredential> RevealCredential(Guid id, [Body] RevealBody body, CancellationToken ct = default);

    [Get("/accounts/{id}/audit")]
    Task<IReadOnlyList<AuditEntry>> GetAudit(Guid id, int? skip = null, int? take = null, CancellationToken ct = default);

    [Get("/accounts/{id}/exposure")]
    Task<ExposureReport> GetAccountExposure(Guid id, CancellationToken ct = default);

    [Get("/reports/exposure")]
    Task<IReadOnlyList<ExposureReport>> GetExposureReport(string? userId = null, int? skip = null, int? take = null, CancellationToken ct = default);

    [Get("/accounts/{id}/break-glass")]
    Task<IReadOnlyList<BreakGlassDetails>> ListBreakGlass(Guid id, CancellationToken ct = default);

    [Post("/accounts/{id}/break-glass")]
    Task<BreakGlassDetails> OpenBreakGlass(Guid id, [Body] OpenBreakGlassBody body, CancellationToken ct = default);

    [Post("/accounts/{id}/break-glass/{breakGlassId}/approve")]
    Task<BreakGlassDetails> ApproveBreakGlass(Guid id, Guid breakGlassId, CancellationToken ct = default);

    [Post("/accounts/{id}/break-glass/{breakGlassId}/reveal")]
    Task<RevealedCredential> RevealThroughBreakGlass(Guid id, Guid breakGlassId, [Body] RevealBody body, CancellationToken ct = default);

    [Post("/admin/key-encryption-key/rotate")]
    Task<KeyRotationResult> RotateKeyEncryptionKey(CancellationToken ct = default);
}
