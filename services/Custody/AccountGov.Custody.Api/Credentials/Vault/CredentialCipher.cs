using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AccountGov.Custody.Api.Credentials.Vault;

/// <summary>
/// AES-256-GCM under the account's data key. Stored form <c>v1|base64(nonce‖tag‖ciphertext)</c>: the prefix
/// names the format so it can change later (bitwarden's <c>P|</c> idea); the associated data binds the
/// ciphertext to its account, version id and version number.
/// </summary>
public static class CredentialCipher
{
    public const string V1 = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] NewDataKey() => RandomNumberGenerator.GetBytes(32);

    public static string Seal(ReadOnlySpan<byte> dataKey, CredentialSecret secret, CredentialSlot slot)
    {
        var plaintext = JsonSerializer.SerializeToUtf8Bytes(secret);
        try
        {
            var output = new byte[NonceSize + TagSize + plaintext.Length];
            RandomNumberGenerator.Fill(output.AsSpan(0, NonceSize));
            using var aes = new AesGcm(dataKey, TagSize);
            aes.Encrypt(output.AsSpan(0, NonceSize), plaintext, output.AsSpan(NonceSize + TagSize),
                output.AsSpan(NonceSize, TagSize), AssociatedData(slot));
            return $"{V1}|{Convert.ToBase64String(output)}";
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Opens a sealed credential, or throws <see cref="CredentialIntegrityException"/>: never garbage.</summary>
    public static CredentialSecret Open(ReadOnlySpan<byte> dataKey, string stored, CredentialSlot slot)
    {
        var separator = stored.IndexOf('|');
        if (separator < 0 || stored[..separator] != V1) throw new CredentialIntegrityException("Unknown credential format.");
        byte[] input;
        try
        {
            input = Convert.FromBase64String(stored[(separator + 1)..]);
        }
        catch (FormatException)
        {
            throw new CredentialIntegrityException("The stored credential is not valid base64.");
        }
        if (input.Length < NonceSize + TagSize) throw new CredentialIntegrityException("The stored credential is truncated.");

        var plaintext = new byte[input.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(dataKey, TagSize);
            aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize),
                plaintext, AssociatedData(slot));
            return JsonSerializer.Deserialize<CredentialSecret>(plaintext)
                   ?? throw new CredentialIntegrityException("The stored credential is empty.");
        }
        catch (CryptographicException)
        {
            throw new CredentialIntegrityException("The stored credential failed its integrity check.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>
    /// HMAC-SHA256 of the password under a key derived from the account's data key: it shows whether a new
    /// version changed the password, and cannot be reversed or brute-forced without unwrapping the data key
    /// (a plain hash of a password could be). Crypto-shredding the data key makes it meaningless too.
    /// </summary>
    public static string Fingerprint(ReadOnlySpan<byte> dataKey, string password)
    {
        Span<byte> key = stackalloc byte[32];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, dataKey, key, salt: [], info: "accountgov/custody/fingerprint/v1"u8);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(password));
        CryptographicOperations.ZeroMemory(key);
        return $"{V1}:{Convert.ToHexStringLower(mac.AsSpan(0, 16))}";
    }

    public static byte[] DataKeyContext(Guid accountId) => Encoding.UTF8.GetBytes($"accountgov/custody/data-key/v1|{accountId:N}");

    private static byte[] AssociatedData(CredentialSlot slot) =>
        Encoding.UTF8.GetBytes($"accountgov/custody/credential/v1|{slot.AccountId:N}|{slot.VersionId:N}|{slot.Version}");
}

/// <summary>A stored credential was altered, moved, or is otherwise unreadable. It is refused, never decrypted to garbage.</summary>
public sealed class CredentialIntegrityException(string message) : Exception(message);

/// <summary>The account's data key was destroyed on decommissioning: its ciphertext can never be opened again.</summary>
public sealed class DataKeyDestroyedException() : Exception("The account's data key was destroyed when it was decommissioned.");
