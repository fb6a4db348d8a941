using Refit;

namespace AccountGov.AccountRequests.Contracts.Http;

/// <summary>
/// The AccountRequests HTTP API for the Portal. Every call needs a bearer token; the caller of a write becomes its
/// actor. Only the requester may revise, withdraw or attach a DPIA; reads are for the people named on the request
/// and the oversight roles (BusinessDevelopment, InformationGovernance, Auditor).
/// </summary>
public interface IAccountRequestsApi
{
    [Post("/requests")]
    Task<IApiResponse<RequestAccepted>> Submit([Body] BusinessCaseBody body, CancellationToken ct = default);

    [Get("/requests/{id}")]
    Task<IApiResponse<RequestDetails>> Get(Guid id, CancellationToken ct = default);

    [Get("/requests")]
    Task<IReadOnlyList<RequestSummary>> List(
        RequestStatus? status = null, string? team = null, string? requester = null, int? skip = null, int? take = null,
        CancellationToken ct = default);

    [Get("/requests/mine")]
    Task<IReadOnlyList<RequestSummary>> Mine(int? skip = null, int? take = null, CancellationToken ct = default);

    /// <summary>Revise a request in <c>ChangesRequested</c>; <paramref name="ifMatch"/> is the ETag you read.</summary>
    [Put("/requests/{id}")]
    Task<IApiResponse<RequestAccepted>> Revise(Guid id, [Header("If-Match")] string? ifMatch, [Body] BusinessCaseBody body,
        CancellationToken ct = default);

    [Post("/requests/{id}/dpia")]
    Task<IApiResponse<RequestAccepted>> AttachDpia(Guid id, [Body] DpiaBody body, CancellationToken ct = default);

    [Post("/requests/{id}/withdraw")]
    Task<IApiResponse<RequestAccepted>> Withdraw(Guid id, [Body] WithdrawBody body, CancellationToken ct = default);

    [Get("/requests/{id}/revisions")]
    Task<IReadOnlyList<RevisionSummary>> Revisions(Guid id, CancellationToken ct = default);

    [Get("/requests/{id}/revisions/{revision}")]
    Task<RevisionDetails> Revision(Guid id, int revision, CancellationToken ct = default);

    [Get("/requests/screening-policy")]
    Task<ScreeningPolicyView> ScreeningPolicy(CancellationToken ct = default);

    /// <summary>The policy texts requests are checked against, with their versions and review dates (CO23 §7.2).</summary>
    [Get("/requests/policies")]
    Task<IReadOnlyList<PolicyVersionView>> Policies(CancellationToken ct = default);
}
