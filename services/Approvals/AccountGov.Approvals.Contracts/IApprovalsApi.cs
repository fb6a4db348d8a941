using Refit;

namespace AccountGov.Approvals.Contracts;

/// <summary>
/// The Approvals API for the Portal. Every call needs the caller's bearer token. Who may call what:
/// endorsement - the sponsor named on the request, holding SeniorManager; sponsor - the requester or BusinessDevelopment;
/// dpia-review - InformationGovernance; decision - BusinessDevelopment, never the requester or the sponsor; the queues
/// - BD, IG or Auditor.
/// </summary>
public interface IApprovalsApi
{
    [Get("/cases/{requestId}")]
    Task<CaseDetails> GetCase(Guid requestId, CancellationToken ct = default);

    [Get("/cases")]
    Task<IReadOnlyList<CaseSummary>> GetQueue(
        StageName? stage = null, CaseStatus? status = null, int? skip = null, int? take = null, CancellationToken ct = default);

    /// <summary>DPIA reviews that cannot start yet: the full DPIA is not attached (or IG asked for it to be amended).</summary>
    [Get("/cases/awaiting-dpia")]
    Task<IReadOnlyList<CaseSummary>> GetAwaitingDpia(int? skip = null, int? take = null, CancellationToken ct = default);

    [Get("/cases/awaiting-my-endorsement")]
    Task<IReadOnlyList<CaseSummary>> GetAwaitingMyEndorsement(int? skip = null, int? take = null, CancellationToken ct = default);

    /// <param name="ifMatch">Optional: the ETag read with the case; a stale one gets 412.</param>
    [Post("/cases/{requestId}/endorsement")]
    Task<CaseDetails> Endorse(Guid requestId, [Body] EndorsementBody body, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    /// <summary>The requester or BD names another sponsor while the endorsement is pending.</summary>
    [Put("/cases/{requestId}/sponsor")]
    Task<CaseDetails> ReplaceSponsor(Guid requestId, [Body] SponsorBody body, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/cases/{requestId}/dpia-review")]
    Task<CaseDetails> ReviewDpia(Guid requestId, [Body] DpiaReviewBody body, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/cases/{requestId}/decision")]
    Task<CaseDetails> Decide(Guid requestId, [Body] DecisionBody body, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);
}
