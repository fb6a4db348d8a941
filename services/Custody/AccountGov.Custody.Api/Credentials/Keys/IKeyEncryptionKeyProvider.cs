namespace AccountGov.Custody.Api.Credentials.Keys;

/// <summary>A data key wrapped (encrypted) by the key-encryption key named <see cref="KeyId"/>.</summary>
public sealed record WrappedDataKey(string KeyId, byte[] Ciphertext);

/// <summary>
/// The source of key-encryption keys (KEKs): the only keys that never touch the database.
/// <para>
/// Key hierarchy: each account's credential versions are encrypted (AES-256-GCM) with that account's random
/// 256-bit <em>data key</em>; the data key is stored only wrapped by a KEK through this interface. A KEK never
/// encrypts a secret directly, and a data key never leaves the process unwrapped.
/// </para>
/// <para>
/// Who may call: only the credential vault (<c>Credentials/Vault</c>), to wrap a new data key, to unwrap one for
/// a deposit or an audited reveal, and the KEK rotation (<c>Credentials/Rotating</c>) to rewrap. Nothing else
/// in the service resolves this interface.
/// </para>
/// <para>
/// A KMS or HashiCorp Vault transit implementation keeps the KEK inside the key store and implements
/// <see cref="WrapAsync"/>/<see cref="UnwrapAsync"/> as its encrypt/decrypt calls (docs/custody-keys.md).
/// </para>
/// </summary>
public interface IKeyEncryptionKeyProvider
{
    /// <summary>The id of the KEK new wraps use. Ids never contain '|'.</summary>
    ValueTask<string> CurrentKeyIdAsync(CancellationToken ct);

    /// <summary>Encrypts a data key under the current KEK. <paramref name="context"/> is bound as associated data.</summary>
    Task<WrappedDataKey> WrapAsync(ReadOnlyMemory<byte> dataKey, ReadOnlyMemory<byte> context, CancellationToken ct);

    /// <summary>
    /// Decrypts a data key wrapped by any KEK this provider still holds. Throws
    /// <see cref="System.Security.Cryptography.CryptographicException"/> when the wrap was altered, the context
    /// differs, or the KEK is unknown.
    /// </summary>
    Task<byte[]> UnwrapAsync(WrappedDataKey wrapped, ReadOnlyMemory<byte> context, CancellationToken ct);

    /// <summary>
    /// Makes a new KEK current and returns its id; older KEKs stay available for unwrapping until every data key
    /// is rewrapped. A provider whose key store rotates on its own (an operator-set environment variable, a KMS
    /// with automatic rotation) returns the current id unchanged.
    /// </summary>
    Task<string> RotateAsync(CancellationToken ct);
}
