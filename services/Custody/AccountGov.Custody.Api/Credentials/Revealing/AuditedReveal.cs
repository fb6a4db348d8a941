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
public sealed class AuditedReveal(ISessionFactory sessions, CredentialVault vault, TimeProvider clock, ILogger<AuditedReveal> logger)
{
    private const int Attempts = 3;

    public async Task<RevealedCredential> RevealAsync(Guid accountId, Func<Account, IReadOnlyList<object>> decide, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = sessions.OpenSession();
            var stream = await session.Events.FetchForWriting<Account>(accountId, ct);
            var account = stream.Aggregate ?? throw new NotFound("Account");
            var events = decide(account);
            var revealed = events.OfType<CredentialRevealed>().Single();
            stream.AppendMany(events.ToArray());
            try
            {
                await DecideAndAppend.Commit(session, ct);
            }
            catch (StaleVersion) when (attempt < Attempts)
            {
                continue;
            }

            var slot = new CredentialSlot(accountId, revealed.CredentialVersionId, revealed.Version);
            try
            {
                var secret = await vault.OpenAsync(session, slot, ct);
                return new RevealedCredential(accountId, slot.Version, slot.VersionId, secret.Username, secret.Password,
                    secret.LinkedEmail, secret.LinkedEmailPassword, secret.RecoveryCodes, secret.Notes);
            }
            catch (CredentialIntegrityException)
            {
                await RecordIntegrityFailureAsync(slot, revealed.RevealedBy, ct);
                throw;
            }
        }
    }

    private async Task RecordIntegrityFailureAsync(CredentialSlot slot, string userId, CancellationToken ct)
    {
        logger.LogError("Credential version {VersionId} of account {AccountId} failed its integrity check; the reveal was refused.",
            slot.VersionId, slot.AccountId);
        await using var session = sessions.OpenSession();
        session.Events.Append(slot.AccountId, new CredentialIntegrityFailed(slot.AccountId, slot.VersionId, userId, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
    }
}
