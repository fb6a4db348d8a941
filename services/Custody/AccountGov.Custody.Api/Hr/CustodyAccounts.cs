using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Accounts;
using System.Text.Json;
using AccountGov.Custody.Api.Hr;
using Marten;

namespace AccountGov.Custody.Api.Hr;

/// <summary>The register's account as the handover rules see it; the one place that knows both shapes.</summary>
public static class CustodyAccounts
{
    public static CustodyAccount ToView(Account a) => new(
        a.Id, a.Status == AccountStatus.Active, a.Sponsor.UserId,
        a.Custodians.Select(c => new CustodianView(c.UserId, c.Role, c.Status.ToStaffStatus())).ToArray(),
        a.Credential?.VersionId, a.Credential?.PasswordFingerprint) { Team = a.Team };

    /// <summary>
    /// The accounts where any of these people is a custodian. A JSON containment query, so the GIN index on the
    /// register serves it; the LINQ form (custodians.Any(...)) is translated to a form that scans every account.
    /// </summary>
    public static Task<IReadOnlyList<Account>> WhereCustodian(IQuerySession session, IReadOnlyCollection<string> userIds, CancellationToken ct) =>
        // One array parameter: passed bare, a string[] would bind as the params array itself, one parameter per id.
        session.QueryAsync<Account>("where data @> ANY(?::jsonb[])", ct,
            new object[] { userIds.Select(u => JsonSerializer.Serialize(new { custodians = new[] { new { userId = u } } })).ToArray() });

}
