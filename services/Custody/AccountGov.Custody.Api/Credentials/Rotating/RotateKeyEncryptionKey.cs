using AccountGov.Custody.Api.Credentials.Keys;
using AccountGov.Custody.Api.Credentials.Vault;
using AccountGov.ServiceDefaults.Auth;
using Marten;

namespace AccountGov.Custody.Api.Credentials.Rotating;

/// <summary>Recorded on its own stream, so the key history is audited like everything else. No key material.</summary>
public sealed record KeyEncryptionKeyRotated(Guid RotationId, string CurrentKeyId, int Rewrapped, string RotatedBy, DateTimeOffset RotatedAt);

public sealed record KeyRotationResult(string CurrentKeyId, int Rewrapped);

/// <summary>
/// POST /admin/key-encryption-key/rotate (BD): makes a new KEK current and rewraps every live data key under it.
/// Secrets are not re-encrypted: only the 32-byte data keys are. Destroyed keys stay destroyed. Safe to repeat:
/// data keys already under the current KEK are skipped, so an interrupted rotation is finished by running it again.
/// </summary>
public static class RotateKeyEncryptionKey
{
    private const int Batch = 100;

    public static void MapRotateKeyEncryptionKey(this IEndpointRouteBuilder app) =>
        app.MapPost("/admin/key-encryption-key/rotate", Handle).RequireAuthorization(Roles.BusinessDevelopment).WithTags("Keys");

    private static async Task<IResult> Handle(
        CurrentUser user, IKeyEncryptionKeyProvider keys, CredentialVault vault, ISessionFactory sessions, TimeProvider clock, CancellationToken ct)
    {
        var current = await keys.RotateAsync(ct);
        var rewrapped = await RewrapAllAsync(current, vault, sessions, clock, ct);

        await using var session = sessions.OpenSession();
        var rotationId = Guid.CreateVersion7();
        session.Events.StartStream(rotationId, new KeyEncryptionKeyRotated(rotationId, current, rewrapped, user.UserId, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return TypedResults.Ok(new KeyRotationResult(current, rewrapped));
    }

    public static async Task<int> RewrapAllAsync(string current, CredentialVault vault, ISessionFactory sessions, TimeProvider clock, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            await using var session = sessions.OpenSession();
            var stale = await session.Query<AccountDataKey>()
                .Where(k => k.WrappedKey != null && k.KeyId != current)
                .OrderBy(k => k.Id).Take(Batch).ToListAsync(ct);
            if (stale.Count == 0) return total;
            var changed = 0;
            foreach (var record in stale)
                if (await vault.RewrapAsync(session, record, current, clock.GetUtcNow(), ct)) changed++;
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
