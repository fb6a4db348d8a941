using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.Api.Accounts.Reading;

/// <summary>The register's public shape of an account (api.md). Maps state only; state holds no secret.</summary>
public static class AccountView
{
    public static Contracts.AccountDetails ToDetails(this Account a, long version) => new(
        a.Id, a.RequestId, a.Team, a.Platform, a.Handle, a.Status.ToContract(),
        a.Custodians.Select(ToDetails).ToArray(), new Contracts.StaffRef(a.Sponsor.UserId, a.Sponsor.Name), a.Conditions,
        a.RegisteredAt, a.Credential?.Version, a.Credential?.VersionId, a.Credential?.StoredAt, ToDetails(a.Decommissioning), version,
        a.Type.ToContract(), a.Partner, a.Imported) { RulesAcknowledgedBy = a.RulesAcknowledgedBy };

    private static Contracts.DecommissioningDetails? ToDetails(DecommissioningChecklist? d) => d is null ? null : new(
        d.Done.Contains(DecommissioningItem.ContentArchived),
        d.Done.Contains(DecommissioningItem.ClosedOnPlatform) ? "ClosedOnPlatform" : d.Done.Contains(DecommissioningItem.HandedBack) ? "HandedBack" : null,
        d.Done.Contains(DecommissioningItem.DisclaimerLinksRemoved), d.StartedAt, d.CompletedAt);

    public static Contracts.CustodianDetails ToDetails(this Custodian c) => new(
        c.UserId, c.Name, c.Role.ToContract(), c.Status.ToContract());
}
