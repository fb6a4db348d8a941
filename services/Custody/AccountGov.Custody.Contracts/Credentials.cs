namespace AccountGov.Custody.Contracts;

/// <summary>PUT /accounts/{id}/credential. Each PUT stores a new version.</summary>
public sealed record CredentialBody(
    string Username, string Password, string? LinkedEmail, string? LinkedEmailPassword, IReadOnlyList<string>? RecoveryCodes, string? Notes);

/// <summary>POST /accounts/{id}/credential/reveal and the break-glass reveal: the reason is audited.</summary>
public sealed record RevealBody(string Reason);

/// <summary>The plaintext, returned only after the reveal's audit event was committed. Never cache or log it.</summary>
public sealed record RevealedCredential(
    Guid AccountId, int Version, Guid VersionId, string Username, string Password, string? LinkedEmail, string? LinkedEmailPassword,
    IReadOnlyList<string> RecoveryCodes, string? Notes)
{
    public override string ToString() => $"RevealedCredential {{ AccountId = {AccountId}, Version = {Version}, *** }}";
}
