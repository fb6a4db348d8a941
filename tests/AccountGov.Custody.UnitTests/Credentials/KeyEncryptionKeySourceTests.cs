using System.Security.Cryptography;
using AccountGov.Custody.Api.Credentials.Keys;

namespace AccountGov.Custody.UnitTests.Credentials;

public class KeyEncryptionKeySourceTests : IDisposable
{
    private const string Variable = "ACCOUNTGOV_CUSTODY_KEKS";
    private readonly string file = Path.Combine(Path.GetTempPath(), $"accountgov-keks-{Guid.NewGuid():N}");
    private readonly string keys = $"kek-new:{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))},kek-old:{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}";

    [Fact]
    public void GivenAMountedSecretFile_WhenRead_ThenItsKeysAreTheRingAndTheFirstIsCurrent()
    {
        File.WriteAllText(file, keys + "\n"); // kubectl create secret --from-file keeps a trailing newline
        var environment = new Dictionary<string, string?> { [Variable + "_FILE"] = file };

        var ring = EnvironmentKeyEncryptionKeyProvider.Parse(KeyEncryptionKeySource.Read(Variable, environment.GetValueOrDefault)!);

        Assert.Equal("kek-new", ring.CurrentKeyId);
    }

    [Fact]
    public void GivenOnlyTheVariable_WhenRead_ThenTheVariableIsUsed()
    {
        var environment = new Dictionary<string, string?> { [Variable] = keys };

        Assert.Equal(keys, KeyEncryptionKeySource.Read(Variable, environment.GetValueOrDefault));
    }

    [Fact]
    public void GivenBothTheFileAndTheVariable_WhenRead_ThenStartupFails()
    {
        File.WriteAllText(file, keys);
        var environment = new Dictionary<string, string?> { [Variable] = keys, [Variable + "_FILE"] = file };

        Assert.Throws<InvalidOperationException>(() => KeyEncryptionKeySource.Read(Variable, environment.GetValueOrDefault));
    }

    [Fact]
    public void GivenAFileThatIsNotThere_WhenRead_ThenStartupFails()
    {
        var environment = new Dictionary<string, string?> { [Variable + "_FILE"] = file };

        Assert.Throws<InvalidOperationException>(() => KeyEncryptionKeySource.Read(Variable, environment.GetValueOrDefault));
    }

    public void Dispose() => File.Delete(file);
}
