using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Staff;

namespace AccountGov.Custody.Api.Handovers.Reconciling;

/// <summary>The register's account as the handover rules see it; the one place that knows both shapes.</summary>
public static class CustodyAccounts
{
    public static CustodyAccount ToView(Account a) => new(
        a.Id, a.Status == AccountStatus.Active, a.Sponsor.UserId,
        a.Custodians.Select(c => new CustodianView(c.UserId, c.Role, ToStaffStatus(c.Status))).ToArray(),
        a.Credential?.VersionId, a.Credential?.PasswordFingerprint);

    public static StaffStatus ToStaffStatus(CustodianStatus s) => Enum.Parse<StaffStatus>(s.ToString());

    public static CustodianStatus ToCustodianStatus(StaffStatus s) => Enum.Parse<CustodianStatus>(s.ToString());
}
