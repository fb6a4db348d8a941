namespace AccountGov.Custody.Api.Accounts;

/// <summary>A new credential version was sealed in the vault. Carries no secret: an id and a keyed fingerprint.</summary>
public sealed record CredentialStored(
    Guid AccountId, Guid CredentialVersionId, int Version, string PasswordFingerprint, bool PasswordChanged, string StoredBy,
    string StoredByName, DateTimeOffset StoredAt);

/// <summary>
/// Someone was shown the credential. Committed before the plaintext leaves the service (architecture.md "Secrets");
/// <see cref="BreakGlassId"/> is set when it came through break-glass.
/// </summary>
public sealed record CredentialRevealed(
    Guid AccountId, Guid CredentialVersionId, int Version, string RevealedBy, string RevealedByName, string Reason,
    Guid? BreakGlassId, DateTimeOffset RevealedAt);

/// <summary>A reveal was refused because the stored ciphertext failed its integrity check.</summary>
public sealed record CredentialIntegrityFailed(Guid AccountId, Guid CredentialVersionId, string DetectedBy, DateTimeOffset DetectedAt);

/// <summary>The account's data key was destroyed (crypto-shredding): every credential version is now unreadable.</summary>
public sealed record CredentialKeyDestroyed(Guid AccountId, string DestroyedBy, DateTimeOffset DestroyedAt);

/// <summary>The current credential version: which one, its fingerprint, and how often it was revealed.</summary>
public sealed record CurrentCredential(
    Guid VersionId, int Version, string PasswordFingerprint, string StoredBy, DateTimeOffset StoredAt, int Reveals, bool IntegrityFailed);
