using System.Security.Cryptography;
using AccountGov.Custody.Api.Credentials.Keys;
using Marten;

namespace AccountGov.Custody.Api.Credentials.Vault;

/// <summary>
/// Envelope encryption over Marten documents. Methods that take an <see cref="IDocumentSession"/> only stage
/// their documents: the caller commits them with the events that explain them, in one transaction.
/// Unwrapped data keys live only for the duration of one call and are zeroed afterwards.
/// </summary>
public sealed class CredentialVault(IKeyEncryptionKeyProvider keys)
{
    /// <summary>Seals a new version (creating the account's data key on first use) and returns the password fingerprint.</summary>
    public async Task<string> StageAsync(IDocumentSession session, CredentialSlot slot, CredentialSecret secret, DateTimeOffset now, CancellationToken ct)
    {
        var record = await session.LoadAsync<AccountDataKey>(slot.AccountId, ct);
        byte[] dataKey;
        if (record is null)
        {
            dataKey = CredentialCipher.NewDataKey();
            var wrapped = await keys.WrapAsync(dataKey, CredentialCipher.DataKeyContext(slot.AccountId), ct);
            session.Insert(new AccountDataKey { Id = slot.AccountId, WrappedKey = DataKeyFormat.Format(wrapped), KeyId = wrapped.KeyId, CreatedAt = now });
        }
        else
        {
            dataKey = await UnwrapAsync(record, ct);
        }

        try
        {
            session.Insert(new SealedCredential
            {
                Id = slot.VersionId, AccountId = slot.AccountId, Version = slot.Version, StoredAt = now,
                Ciphertext = CredentialCipher.Seal(dataKey, secret, slot),
            });
            return CredentialCipher.Fingerprint(dataKey, secret.Password);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Opens one version. Call only after the reveal's audit event is committed.</summary>
    public async Task<CredentialSecret> OpenAsync(IQuerySession session, CredentialSlot slot, CancellationToken ct)
    {
        var record = await session.LoadAsync<AccountDataKey>(slot.AccountId, ct) ?? throw new DataKeyDestroyedException();
        var sealedCredential = await session.LoadAsync<SealedCredential>(slot.VersionId, ct)
                               ?? throw new CredentialIntegrityException("The stored credential is missing.");
        var dataKey = await UnwrapAsync(record, ct);
        try
        {
            return CredentialCipher.Open(dataKey, sealedCredential.Ciphertext, slot);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Stages the destruction of the account's data key (crypto-shredding).</summary>
    public async Task StageDestroyAsync(IDocumentSession session, Guid accountId, DateTimeOffset now, CancellationToken ct)
    {
        var record = await session.LoadAsync<AccountDataKey>(accountId, ct);
        if (record is null || record.WrappedKey is null) return;
        record.WrappedKey = null;
        record.DestroyedAt = now;
        session.Update(record);
    }

    /// <summary>Unwraps under whichever KEK wrapped it and wraps again under the current KEK; the data key is unchanged.</summary>
    public async Task<bool> RewrapAsync(IDocumentSession session, AccountDataKey record, string currentKeyId, DateTimeOffset now, CancellationToken ct)
    {
        if (record.WrappedKey is null || record.KeyId == currentKeyId) return false;
        var dataKey = await UnwrapAsync(record, ct);
        try
        {
            var wrapped = await keys.WrapAsync(dataKey, CredentialCipher.DataKeyContext(record.Id), ct);
            record.WrappedKey = DataKeyFormat.Format(wrapped);
            record.KeyId = wrapped.KeyId;
            record.RewrappedAt = now;
            session.Update(record);
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private async Task<byte[]> UnwrapAsync(AccountDataKey record, CancellationToken ct)
    {
        if (record.WrappedKey is null) throw new DataKeyDestroyedException();
        try
        {
            return await keys.UnwrapAsync(DataKeyFormat.Parse(record.WrappedKey), CredentialCipher.DataKeyContext(record.Id), ct);
        }
        catch (CryptographicException)
        {
            throw new CredentialIntegrityException("The account's data key failed its integrity check.");
        }
    }
}

/// <summary><c>v1|kekId|base64(wrapped)</c>: the KEK id travels with the wrap so rotation knows what to rewrap.</summary>
public static class DataKeyFormat
{
    public static string Format(WrappedDataKey wrapped) => $"{CredentialCipher.V1}|{wrapped.KeyId}|{Convert.ToBase64String(wrapped.Ciphertext)}";

    public static WrappedDataKey Parse(string stored)
    {
        var parts = stored.Split('|');
        if (parts is not [CredentialCipher.V1, { Length: > 0 } keyId, var body])
            throw new CredentialIntegrityException("Unknown data-key format.");
        try
        {
            return new WrappedDataKey(keyId, Convert.FromBase64String(body));
        }
        catch (FormatException)
        {
            throw new CredentialIntegrityException("The wrapped data key is not valid base64.");
        }
    }
}
