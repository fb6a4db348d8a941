using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using Marten;

namespace AccountGov.Custody.Api.Credentials.Vault;

/// <summary>Commits events with the vault documents they explain; a lost race on either is a 412, never half a write.</summary>
public static class VaultCommit
{
    public static async Task SaveAsync(IDocumentSession session, CancellationToken ct)
    {
        try
        {
            await DecideAndAppend.Commit(session, ct);
        }
        catch (Exception ex) when (ex is JasperFx.DocumentAlreadyExistsException or JasperFx.ConcurrencyException
                                   or Marten.Exceptions.ConcurrentUpdateException)
        {
            throw new StaleVersion("The credential changed while your action was being applied; read it again.");
        }
    }
}
