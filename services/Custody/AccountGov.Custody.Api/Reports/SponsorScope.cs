using AccountGov.Custody.Api.Accounts;
using AccountGov.ServiceDefaults.Auth;
using Marten;

namespace AccountGov.Custody.Api.Reports;

/// <summary>
/// What a sponsor reads of custody: the gaps, handovers and exposure of the accounts they sponsor, and no other.
/// They are named on those escalations and gaps (IG31 §5: the senior manager who approved the account answers for it),
/// so they can see what they are told about. BD, HR and auditors read every account.
/// </summary>
public static class SponsorScope
{
    /// <summary>Null: the user reads every account. Otherwise the ids of the accounts they sponsor (maybe none).</summary>
    public static async Task<Guid[]?> AccountsFor(CurrentUser user, IQuerySession session, CancellationToken ct) =>
        user.IsIn(Roles.BusinessDevelopment) || user.IsIn(Roles.HR) || user.IsIn(Roles.Auditor)
            ? null
            : (await session.Query<Account>().Where(a => a.Sponsor.UserId == user.UserId).Select(a => a.Id).ToListAsync(ct)).ToArray();
}
