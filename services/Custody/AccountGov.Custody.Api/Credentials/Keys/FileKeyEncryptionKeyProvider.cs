using System.Text.Json;

namespace AccountGov.Custody.Api.Credentials.Keys;

/// <summary>
/// Development and single-host KEKs in a JSON file outside git (<c>.keys/</c> is ignored at the repository root),
/// readable by the service account only (0600). Rotation adds a key and makes it current; old keys stay so
/// existing wraps can be rewrapped. For production use a KMS or Vault transit (docs/custody-keys.md).
/// </summary>
public sealed class FileKeyEncryptionKeyProvider : IKeyEncryptionKeyProvider
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string path;
    private readonly SemaphoreSlim gate = new(1, 1);
    private KeyRing ring;

    private FileKeyEncryptionKeyProvider(string path, KeyRing ring)
    {
        this.path = path;
        this.ring = ring;
    }

    /// <summary>Loads the key file; creates it with a fresh KEK only when <paramref name="createIfMissing"/> (Development).</summary>
    public static FileKeyEncryptionKeyProvider Open(string path, bool createIfMissing)
    {
        if (!File.Exists(path))
        {
            if (!createIfMissing) throw new InvalidOperationException($"Custody:KeyFile does not exist; create it or use another key provider.");
            TryCreate(path);
        }
        return new FileKeyEncryptionKeyProvider(path, Read(path));
    }

    public ValueTask<string> CurrentKeyIdAsync(CancellationToken ct) => ValueTask.FromResult(ring.CurrentKeyId);

    public Task<WrappedDataKey> WrapAsync(ReadOnlyMemory<byte> dataKey, ReadOnlyMemory<byte> context, CancellationToken ct) =>
        Task.FromResult(ring.Wrap(dataKey.Span, context.Span));

    public Task<byte[]> UnwrapAsync(WrappedDataKey wrapped, ReadOnlyMemory<byte> context, CancellationToken ct) =>
        Task.FromResult(ring.Unwrap(wrapped, context.Span));

    public async Task<string> RotateAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var id = NewKeyId();
            var keys = ring.Keys.ToDictionary(k => k.Key, k => Convert.ToBase64String(k.Value));
            keys[id] = Convert.ToBase64String(KeyRing.NewKey());
            var temp = $"{path}.{Guid.NewGuid():N}.tmp";
            Write(temp, new KeyFile(id, keys));
            File.Move(temp, path, overwrite: true);
            ring = Read(path);
            return id;
        }
        finally
        {
            gate.Release();
        }
    }

    private static string NewKeyId() => $"kek-{DateTime.UtcNow:yyyyMMddTHHmmss}-{Guid.NewGuid():N}"[..32];

    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var id = NewKeyId();
        var file = new KeyFile(id, new Dictionary<string, string> { [id] = Convert.ToBase64String(KeyRing.NewKey()) });
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        Write(temp, file);
        try
        {
            // Several hosts may start at once: the first move wins and the others use its key.
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }
    }

    private static void Write(string path, KeyFile file)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        using var stream = new FileStream(path, options);
        JsonSerializer.Serialize(stream, file);
    }

    private static KeyRing Read(string path)
    {
        var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path))
                   ?? throw new InvalidOperationException("Custody:KeyFile is empty.");
        return new KeyRing(file.Current, file.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value)));
    }

    private sealed record KeyFile(string Current, Dictionary<string, string> Keys);
}
