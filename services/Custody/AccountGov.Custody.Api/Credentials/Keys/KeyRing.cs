using System.Security.Cryptography;

namespace AccountGov.Custody.Api.Credentials.Keys;

/// <summary>KEKs held in process memory (the file and environment providers): AES-256-GCM key wrap.</summary>
public sealed class KeyRing
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public KeyRing(string currentKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        if (!keys.ContainsKey(currentKeyId)) throw new InvalidOperationException("The current KEK id is not in the key ring.");
        foreach (var (id, key) in keys)
        {
            if (string.IsNullOrWhiteSpace(id) || id.Contains('|')) throw new InvalidOperationException("A KEK id is empty or contains '|'.");
            if (key.Length != 32) throw new InvalidOperationException($"KEK {id} is not 256 bits.");
        }
        CurrentKeyId = currentKeyId;
        Keys = keys;
    }

    public string CurrentKeyId { get; }
    public IReadOnlyDictionary<string, byte[]> Keys { get; }

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    public WrappedDataKey Wrap(ReadOnlySpan<byte> dataKey, ReadOnlySpan<byte> context)
    {
        var output = new byte[NonceSize + TagSize + dataKey.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Keys[CurrentKeyId], TagSize);
        aes.Encrypt(nonce, dataKey, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), context);
        return new WrappedDataKey(CurrentKeyId, output);
    }

    public byte[] Unwrap(WrappedDataKey wrapped, ReadOnlySpan<byte> context)
    {
        if (!Keys.TryGetValue(wrapped.KeyId, out var kek))
            throw new CryptographicException("The data key was wrapped by a KEK this provider does not hold.");
        if (wrapped.Ciphertext.Length <= NonceSize + TagSize) throw new CryptographicException("The wrapped data key is truncated.");
        var input = wrapped.Ciphertext.AsSpan();
        var dataKey = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(kek, TagSize);
        aes.Decrypt(input[..NonceSize], input[(NonceSize + TagSize)..], input.Slice(NonceSize, TagSize), dataKey, context);
        return dataKey;
    }
}
