using AccountGov.Custody.Api.Accounts;

namespace AccountGov.Custody.Api.Handovers.Completing;

/// <summary>The account's current credential version, as the vault records it on the register.</summary>
public sealed record CredentialState(Guid VersionId, DateTimeOffset StoredAt, string PasswordFingerprint);

public static class CustodyAccountsCredential
{
    public static CredentialState? Current(Account account) =>
        account.Credential is { } c ? new CredentialState(c.VersionId, c.StoredAt, c.PasswordFingerprint) : null;
}
