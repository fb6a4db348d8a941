using Refit;

namespace AccountGov.Custody.Contracts;

/// <summary>The Custody API (api.md) as a Refit client. Register it with the standard resilience handler.</summary>
public interface ICustodyApi
{
    [Get("/accounts")]
    Task<IReadOnlyList<AccountDetails>> ListAccounts(Guid? requestId = null, string? custodian = null, int? skip = null, int? take = null, CancellationToken ct = default);

    [Get("/accounts/{id}")]
    Task<AccountDetails> GetAccount(Guid id, [Query(Format = "O")] DateTimeOffset? asOf = null, CancellationToken ct = default);
}
