using AccountGov.Custody.Api;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Registering;
using AccountGov.ServiceDefaults.Auth;

namespace AccountGov.Custody.UnitTests.Accounts;

/// <summary>Accounts in given states, built by applying events as Marten would.</summary>
public static class Given
{
    public static readonly CurrentUser Carl = new("carl", "Carl Obi", new HashSet<string> { Roles.Staff });
    public static readonly CurrentUser Dina = new("dina", "Dina Roy", new HashSet<string> { Roles.Staff });
    public static readonly CurrentUser Beth = new("beth", "Beth Davies", new HashSet<string> { Roles.BusinessDevelopment });
    public static readonly CurrentUser Bob = new("bob", "Bob Hale", new HashSet<string> { Roles.BusinessDevelopment });
    public static readonly CurrentUser Ada = new("ada", "Ada Lowe", new HashSet<string> { Roles.Auditor });

    public static Account Registered()
    {
        var requestId = Guid.NewGuid();
        return Account.Start((AccountRegistered)RegisterAccount.Decide(null, Approved.Of(requestId), StreamIds.ForAccount(requestId), Approved.Now)[0]);
    }

    public static Account WithCredential(this Account account, int version = 1, string fingerprint = "v1:aa") =>
        account.Then(new CredentialStored(account.Id, Guid.NewGuid(), version, fingerprint, true, "carl", "Carl Obi", Approved.Now));

    /// <summary>The custodian has read the never-post rules (CO23 §3.5), as every reveal needs first.</summary>
    public static Account Acknowledged(this Account account, string userId) =>
        account.Then(new AccountGov.Custody.Api.Credentials.Acknowledging.NeverPostRulesAcknowledged(account.Id, userId, "test", Approved.Now));

    public static Account WithStatus(this Account account, string userId, CustodianStatus status) =>
        account.Then(new CustodianStatusChanged(account.Id, userId, status, "hr", "test", Approved.Now));
}
