using AccountGov.Custody.Api.Accounts;

namespace AccountGov.Custody.Api.Handovers.Completing;

/// <summary>The account's current credential version, as the vault records it on the register.</summary>
public static class CustodyAccountsCredential
{
    public static (Guid VersionId, DateTimeOffset StoredAt)? Current(Account account) =>
        account.Credential is { } c ? (c.VersionId, c.StoredAt) : null;
}
