using Refit;

namespace AccountGov.Custody.Contracts;

/// <summary>POST /handovers/{id}/complete: the receiving custodian's checklist (docs/handover.md).</summary>
public sealed record HandoverChecklistBody(bool CredentialRotated, bool LinkedEmailTransferred, string? Notes);

/// <summary>POST /handovers/{id}/assign (BD): the receiver of an Escalated handover, already an Active custodian.</summary>
public sealed record HandoverAssignmentBody(string ToUserId, string Name);

/// <summary>Custody's handover routes (api.md) as a Refit client, beside <see cref="ICustodyApi"/>.</summary>
public interface ICustodyHandoversApi
{
    /// <summary>HR, BD and auditors see every handover; anyone else only those they give or receive.</summary>
    [Get("/handovers")]
    Task<IReadOnlyList<HandoverSummary>> ListHandovers(string? staffId = null, Guid? accountId = null, HandoverStatus? status = null,
        int? skip = null, int? take = null, CancellationToken ct = default);

    [Get("/handovers/{id}")]
    Task<HandoverSummary> GetHandover(Guid id, CancellationToken ct = default);

    [Post("/handovers/{id}/complete")]
    Task<IApiResponse<HandoverSummary>> CompleteHandover(Guid id, [Body] HandoverChecklistBody body, CancellationToken ct = default);

    [Post("/handovers/{id}/assign")]
    Task<IApiResponse<HandoverSummary>> AssignHandover(Guid id, [Body] HandoverAssignmentBody body, CancellationToken ct = default);

    /// <summary>BD or the account's sponsor asks a custodian to hand the account over (IG31 §8.1: on request).</summary>
    [Post("/accounts/{id}/custodians/{userId}/handover-request")]
    Task<IApiResponse<HandoverSummary>> RequestHandover(Guid id, string userId, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);
}
