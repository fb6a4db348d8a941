using System.Security.Cryptography;
using AccountGov.Custody.Api.Credentials.Keys;

namespace AccountGov.Custody.UnitTests.Credentials;

public class KeyProviderTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"accountgov-kek-{Guid.NewGuid():N}", "kek.json");
    private static readonly byte[] Context = "accountgov/custody/data-key/v1|test"u8.ToArray();

    [Fact]
    public async Task GivenNoKeyFileInDevelopment_WhenOpened_ThenItIsCreatedOwnerOnly()
    {
        FileKeyEncryptionKeyProvider.Open(path, createIfMissing: true);

        Assert.True(File.Exists(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, ModeOf(path));
        var again = FileKeyEncryptionKeyProvider.Open(path, createIfMissing: false);
        Assert.False(string.IsNullOrEmpty(await again.CurrentKeyIdAsync(default)));
    }

    [Fact]
    public void GivenNoKeyFileOutsideDevelopment_WhenOpened_ThenStartupFails()
    {
        Assert.Throws<InvalidOperationException>(() => FileKeyEncryptionKeyProvider.Open(path, createIfMissing: false));
    }

    [Fact]
    public async Task GivenAWrappedKey_WhenTheKekIsRotated_ThenTheOldWrapStillOpensAndNewWrapsUseTheNewKek()
    {
        var provider = FileKeyEncryptionKeyProvider.Open(path, createIfMissing: true);
        var dataKey = RandomNumberGenerator.GetBytes(32);
        var old = await provider.WrapAsync(dataKey, Context, default);

        var newId = await provider.RotateAsync(default);
        var reopened = FileKeyEncryptionKeyProvider.Open(path, createIfMissing: false);

        Assert.NotEqual(old.KeyId, newId);
        Assert.Equal(newId, await reopened.CurrentKeyIdAsync(default));
        Assert.Equal(dataKey, await reopened.UnwrapAsync(old, Context, default));
        Assert.Equal(newId, (await reopened.WrapAsync(dataKey, Context, default)).KeyId);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, ModeOf(path));
    }

    [Fact]
    public async Task GivenAWrap_WhenUnwrappedUnderAnotherContextOrTampered_ThenRefused()
    {
        var provider = FileKeyEncryptionKeyProvider.Open(path, createIfMissing: true);
        var wrapped = await provider.WrapAsync(RandomNumberGenerator.GetBytes(32), Context, default);
        var tampered = wrapped with { Ciphertext = (byte[])wrapped.Ciphertext.Clone() };
        tampered.Ciphertext[^1] ^= 0x80;

        await Assert.ThrowsAnyAsync<CryptographicException>(() => provider.UnwrapAsync(wrapped, "other"u8.ToArray(), default));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => provider.UnwrapAsync(tampered, Context, default));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => provider.UnwrapAsync(wrapped with { KeyId = "unknown" }, Context, default));
    }

    [Fact]
    public async Task GivenAnEnvironmentKeyList_WhenParsed_ThenTheFirstIsCurrentAndAllUnwrap()
    {
        var k1 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var k2 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var older = new EnvironmentKeyEncryptionKeyProvider(EnvironmentKeyEncryptionKeyProvider.Parse($"k1:{k1}"));
        var dataKey = RandomNumberGenerator.GetBytes(32);
        var wrapped = await older.WrapAsync(dataKey, Context, default);

        var rotated = new EnvironmentKeyEncryptionKeyProvider(EnvironmentKeyEncryptionKeyProvider.Parse($"k2:{k2}, k1:{k1}"));

        Assert.Equal("k2", await rotated.CurrentKeyIdAsync(default));
        Assert.Equal(dataKey, await rotated.UnwrapAsync(wrapped, Context, default));
        Assert.Throws<InvalidOperationException>(() => EnvironmentKeyEncryptionKeyProvider.Parse("k1:AAAA"));
    }

    private static UnixFileMode ModeOf(string file) =>
        OperatingSystem.IsWindows() ? UnixFileMode.UserRead | UnixFileMode.UserWrite : File.GetUnixFileMode(file);

    public void Dispose()
    {
        var directory = Path.GetDirectoryName(path)!;
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
