using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Credentials.Vault;
using AccountGov.Custody.Contracts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using Marten;

namespace AccountGov.Custody.Api.Credentials.Revealing;

/// <summary>
/// The one way a secret leaves the service (architecture.md "Secrets"): decide, append the audit event, COMMIT it,
/// and only then unwrap and decrypt. If the commit fails, the exception ends the request before any key is
/// touched, so nothing is revealed. A lost race with another writer is retried on fresh state.
/// </summary>
public sealed class AuditedReveal(
    ISessionFactory sessions, CredentialVault vault, RevealRateLimit limit, TimeProvider clock, ILogger<AuditedReveal> logger)
{
    private const int Attempts = 5;

    /// <summary><paramref name="decide"/> reveals the account's current credential to <paramref name="userId"/>, or refuses.</summary>
    public Task<RevealedCredential> RevealAsync(Guid accountId, string userId, Func<Account, IReadOnlyList<object>> decide, CancellationToken ct) =>
        RevealAsync(accountId, userId, async (session, token) => (await session.Write(accountId, null, decide, token)).State.Credential!, ct);

    /// <summary>
    /// <paramref name="commitAudit"/> decides and commits the audit events (on the account's stream and any other, in
    /// one commit through the write helper) and returns the credential version it revealed, or refuses.
    /// </summary>
    public async Task<RevealedCredential> RevealAsync(
        Guid accountId, string userId, Func<IDocumentSession, CancellationToken, Task<CurrentCredential>> commitAudit, CancellationToken ct)
    {
        // Spent in the same commit as the audit event; a refusal by decide commits neither.
        var revealed = await FreshSession.Retry(sessions, async session =>
        {
            await limit.Spend(session, userId, clock.GetUtcNow(), ct);
            return await commitAudit(session, ct);
        }, ex => ex is StaleVersion or JasperFx.ConcurrencyException, Attempts, ct);

        // Only now, with the audit committed, is any key touched.
        var slot = new CredentialSlot(accountId, revealed.VersionId, revealed.Version);
        await using var read = sessions.QuerySession();
        try
        {
            var secret = await vault.OpenAsync(read, slot, ct);
            return new RevealedCredential(accountId, slot.Version, slot.VersionId, secret.Username, secret.Password,
                secret.LinkedEmail, secret.LinkedEmailPassword, secret.RecoveryCodes, secret.Notes);
        }
        catch (CredentialIntegrityException)
        {
            await RecordIntegrityFailureAsync(slot, userId, ct);
            throw;
        }
    }

    private async Task RecordIntegrityFailureAsync(CredentialSlot slot, string userId, CancellationToken ct)
    {
        logger.LogError("Credential version {VersionId} of account {AccountId} failed its integrity check; the reveal was refused.",
            slot.VersionId, slot.AccountId);
        await using var session = sessions.OpenSession();
        await session.Write<Account>(slot.AccountId, null, _ => [new CredentialIntegrityFailed(slot.AccountId, slot.VersionId, userId, clock.GetUtcNow())], ct);
    }
}
