using AccountGov.EventSourcing.Writing;
using AccountGov.Custody.Api.Credentials.Keys;
using AccountGov.Custody.Api.Credentials.Vault;
using AccountGov.Custody.Contracts;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.Custody.Api.Credentials.Rotating;

/// <summary>Recorded on its own stream, so the key history is audited like everything else. No key material.</summary>
public sealed record KeyEncryptionKeyRotated(Guid RotationId, string CurrentKeyId, int Rewrapped, int Unreadable, string RotatedBy, DateTimeOffset RotatedAt);

/// <summary>
/// POST /admin/key-encryption-key/rotate (BD): makes a new KEK current and rewraps every live data key under it.
/// Secrets are not re-encrypted: only the 32-byte data keys are. Destroyed keys stay destroyed. Safe to repeat:
/// data keys already under the current KEK are skipped, so an interrupted rotation is finished by running it again.
/// </summary>
public static class RotateKeyEncryptionKey
{
    private const int Batch = 100;

    public static void MapRotateKeyEncryptionKey(this IEndpointRouteBuilder app) =>
        app.MapPost("/admin/key-encryption-key/rotate", Handle).RequireAuthorization(Roles.BusinessDevelopment).WithTags("Keys")
            .WithSummary("Rewrap every account's data key with the current key-encryption key");

    private static async Task<Ok<KeyRotationResult>> Handle(
        CurrentUser user, IKeyEncryptionKeyProvider keys, CredentialVault vault, ISessionFactory sessions, TimeProvider clock,
        ILoggerFactory loggers, CancellationToken ct)
    {
        var current = await keys.RotateAsync(ct);
        var logger = loggers.CreateLogger(typeof(RotateKeyEncryptionKey).FullName!);
        var (rewrapped, unreadable) = await RewrapAllAsync(current, vault, sessions, clock, logger, ct);

        await using var session = sessions.OpenSession();
        var rotationId = Guid.CreateVersion7();
        await session.Append([new StreamAppend(rotationId, 0, [new KeyEncryptionKeyRotated(rotationId, current, rewrapped, unreadable, user.UserId, clock.GetUtcNow())])], ct);
        return TypedResults.Ok(new KeyRotationResult(current, rewrapped, unreadable));
    }

    /// <summary>
    /// Rewraps in batches. A data key that cannot be unwrapped (altered, or under a KEK the provider no longer holds)
    /// is logged by account id, counted and skipped, so one bad record cannot stop the rotation of all the others.
    /// </summary>
    public static async Task<(int Rewrapped, int Unreadable)> RewrapAllAsync(
        string current, CredentialVault vault, ISessionFactory sessions, TimeProvider clock, ILogger logger, CancellationToken ct)
    {
        var total = 0;
        var unreadable = new List<Guid>();
        while (true)
        {
            await using var session = sessions.OpenSession();
            var skip = unreadable.ToArray();
            var stale = await session.Query<AccountDataKey>()
                .Where(k => k.WrappedKey != null && k.KeyId != current && !skip.Contains(k.Id))
                .OrderBy(k => k.Id).Take(Batch).ToListAsync(ct);
            if (stale.Count == 0) return (total, unreadable.Count);
            var changed = 0;
            foreach (var record in stale)
            {
                try
                {
                    if (await vault.RewrapAsync(session, record, current, clock.GetUtcNow(), ct)) changed++;
                }
                catch (CredentialIntegrityException)
                {
                    logger.LogError("The data key of account {AccountId} could not be unwrapped during KEK rotation; it was left as it was.", record.Id);
                    unreadable.Add(record.Id);
                }
            }
            try
            {
                await session.SaveChangesAsync(ct);
                total += changed;
            }
            catch (Exception ex) when (ex is JasperFx.ConcurrencyException or Marten.Exceptions.ConcurrentUpdateException)
            {
                // A key was destroyed or rewrapped meanwhile: read the batch again rather than overwrite it.
            }
        }
    }
}
