namespace AccountGov.Custody.Api.Credentials.Keys;

/// <summary>
/// KEKs from an environment variable, or the Secret file it names (<see cref="KeyEncryptionKeySource"/>): <c>id1:base64key1,id2:base64key2</c>, the first
/// current. An operator rotates by prepending a new key and restarting, then calls the rotation route, which
/// rewraps every data key under the new first key. Remove the old key only after that.
/// </summary>
public sealed class EnvironmentKeyEncryptionKeyProvider(KeyRing ring) : IKeyEncryptionKeyProvider
{
    public static EnvironmentKeyEncryptionKeyProvider FromVariable(string variable)
    {
        var value = KeyEncryptionKeySource.Read(variable, Environment.GetEnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value)) throw new InvalidOperationException($"Neither {variable} nor {variable}_FILE gives the KEKs.");
        return new EnvironmentKeyEncryptionKeyProvider(Parse(value));
    }

    public static KeyRing Parse(string value)
    {
        var keys = new Dictionary<string, byte[]>();
        string? current = null;
        foreach (var entry in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = entry.IndexOf(':');
            if (separator <= 0) throw new InvalidOperationException("Each KEK entry must be id:base64key.");
            var id = entry[..separator];
            keys[id] = Convert.FromBase64String(entry[(separator + 1)..]);
            current ??= id;
        }
        return new KeyRing(current ?? throw new InvalidOperationException("No KEK was given."), keys);
    }

    public ValueTask<string> CurrentKeyIdAsync(CancellationToken ct) => ValueTask.FromResult(ring.CurrentKeyId);

    public Task<WrappedDataKey> WrapAsync(ReadOnlyMemory<byte> dataKey, ReadOnlyMemory<byte> context, CancellationToken ct) =>
        Task.FromResult(ring.Wrap(dataKey.Span, context.Span));

    public Task<byte[]> UnwrapAsync(WrappedDataKey wrapped, ReadOnlyMemory<byte> context, CancellationToken ct) =>
        Task.FromResult(ring.Unwrap(wrapped, context.Span));

    public Task<string> RotateAsync(CancellationToken ct) => Task.FromResult(ring.CurrentKeyId);
}
