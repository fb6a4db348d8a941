namespace AccountGov.Custody.Api.Credentials.Vault;

/// <summary>
/// One account's data key, stored only wrapped by a KEK: <c>v1|kekId|base64</c>. Crypto-shredding sets
/// <see cref="WrappedKey"/> to null, after which every ciphertext of the account is unreadable for good.
/// Optimistic concurrency keeps a rewrap from resurrecting a key that was destroyed meanwhile.
/// </summary>
public sealed class AccountDataKey
{
    public Guid Id { get; set; }
    public string? WrappedKey { get; set; }
    public string? KeyId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RewrappedAt { get; set; }
    public DateTimeOffset? DestroyedAt { get; set; }
}

/// <summary>One credential version's ciphertext (<see cref="CredentialCipher"/>). Never in an event; never returned.</summary>
public sealed class SealedCredential
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public int Version { get; set; }
    public string Ciphertext { get; set; } = "";
    public DateTimeOffset StoredAt { get; set; }
}
