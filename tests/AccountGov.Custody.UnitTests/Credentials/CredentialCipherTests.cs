using AccountGov.Custody.Api.Credentials.Vault;

namespace AccountGov.Custody.UnitTests.Credentials;

public class CredentialCipherTests
{
    private static readonly CredentialSecret Secret = new("team@nhs", "Pa55-marker-7731", "team@example.nhs.uk", "mail-secret", ["r1", "r2"], "notes");
    private readonly byte[] key = CredentialCipher.NewDataKey();
    private readonly CredentialSlot slot = new(Guid.NewGuid(), Guid.NewGuid(), 3);

    [Fact]
    public void GivenASealedCredential_WhenOpenedWithItsSlot_ThenEveryFieldComesBack()
    {
        var stored = CredentialCipher.Seal(key, Secret, slot);

        var opened = CredentialCipher.Open(key, stored, slot);

        Assert.StartsWith("v1|", stored);
        Assert.DoesNotContain("marker", stored);
        Assert.Equal(Secret.Password, opened.Password);
        Assert.Equal(Secret.RecoveryCodes, opened.RecoveryCodes);
        Assert.Equal(Secret with { RecoveryCodes = opened.RecoveryCodes }, opened);
    }

    [Fact]
    public void GivenOneFlippedByteAnywhere_WhenOpened_ThenRefusedNeverGarbage()
    {
        var stored = CredentialCipher.Seal(key, Secret, slot);
        var bytes = Convert.FromBase64String(stored[3..]);
        for (var i = 0; i < bytes.Length; i++)
        {
            var tampered = (byte[])bytes.Clone();
            tampered[i] ^= 0x01;
            Assert.Throws<CredentialIntegrityException>(() => CredentialCipher.Open(key, "v1|" + Convert.ToBase64String(tampered), slot));
        }
    }

    [Theory]
    [InlineData("account")]
    [InlineData("versionId")]
    [InlineData("version")]
    public void GivenACiphertextMovedToAnotherSlot_WhenOpened_ThenRefused(string changed)
    {
        var stored = CredentialCipher.Seal(key, Secret, slot);
        var other = changed switch
        {
            "account" => slot with { AccountId = Guid.NewGuid() },
            "versionId" => slot with { VersionId = Guid.NewGuid() },
            _ => slot with { Version = slot.Version + 1 },
        };
        Assert.Throws<CredentialIntegrityException>(() => CredentialCipher.Open(key, stored, other));
    }

    [Theory]
    [InlineData("v2|AAAA")]
    [InlineData("AAAA")]
    [InlineData("v1|not base64!")]
    [InlineData("v1|AAAA")]
    public void GivenAnUnknownOrBrokenFormat_WhenOpened_ThenRefused(string stored)
    {
        Assert.Throws<CredentialIntegrityException>(() => CredentialCipher.Open(key, stored, slot));
    }

    [Fact]
    public void GivenTheWrongDataKey_WhenOpened_ThenRefused()
    {
        var stored = CredentialCipher.Seal(key, Secret, slot);
        Assert.Throws<CredentialIntegrityException>(() => CredentialCipher.Open(CredentialCipher.NewDataKey(), stored, slot));
    }

    [Fact]
    public void GivenAPassword_WhenFingerprinted_ThenStablePerKeyDifferentAcrossKeysAndNotThePassword()
    {
        var a = CredentialCipher.Fingerprint(key, "Pa55-marker-7731");
        Assert.Equal(a, CredentialCipher.Fingerprint(key, "Pa55-marker-7731"));
        Assert.NotEqual(a, CredentialCipher.Fingerprint(key, "Pa55-marker-7732"));
        Assert.NotEqual(a, CredentialCipher.Fingerprint(CredentialCipher.NewDataKey(), "Pa55-marker-7731"));
        Assert.DoesNotContain("marker", a);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("Pa55-marker-7731"u8));
        Assert.DoesNotContain(a[3..], sha);
    }

    [Fact]
    public void GivenASecret_WhenPrinted_ThenNoFieldShows()
    {
        Assert.DoesNotContain("marker", Secret.ToString());
        Assert.DoesNotContain("mail-secret", Secret.ToString());
    }
}
