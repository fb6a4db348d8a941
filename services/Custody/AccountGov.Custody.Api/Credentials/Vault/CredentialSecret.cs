namespace AccountGov.Custody.Api.Credentials.Vault;

/// <summary>
/// The plaintext of one credential version. It exists only in memory: sealed before it is stored, opened only
/// for an audited reveal. Never log it, never put it in an event, a document or an exception.
/// </summary>
public sealed record CredentialSecret(
    string Username, string Password, string? LinkedEmail, string? LinkedEmailPassword, IReadOnlyList<string> RecoveryCodes, string? Notes)
{
    // Records print their members; this one must not.
    public override string ToString() => "CredentialSecret { *** }";
}

/// <summary>Which ciphertext belongs where: bound into the GCM tag, so a moved or swapped ciphertext fails to open.</summary>
public sealed record CredentialSlot(Guid AccountId, Guid VersionId, int Version);
