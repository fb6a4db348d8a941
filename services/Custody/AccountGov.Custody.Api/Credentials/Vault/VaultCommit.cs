using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Custody.Api.Credentials.Vault;

/// <summary>Events commit with the vault documents they explain; a lost race on either is a 412, never half a write.</summary>
public static class VaultCommit
{
    public static async Task<T> Guard<T>(Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (Exception ex) when (ex is JasperFx.DocumentAlreadyExistsException or JasperFx.ConcurrencyException
                                   or Marten.Exceptions.ConcurrentUpdateException)
        {
            throw new StaleVersion("The credential changed while your action was being applied; read it again.");
        }
    }
}
