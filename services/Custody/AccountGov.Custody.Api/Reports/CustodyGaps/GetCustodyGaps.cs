using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.Custody.Api.Reports.CustodyGaps;

/// <summary>
/// GET /reports/custody-gaps: every Active account with no Active custodian right now (evaluated from the
/// register, not from the gap record). GET /reports/custody-gaps/upcoming lists, separately, the gaps that booked
/// leave and departures will open, with the day they open. Both are JSON arrays, as every list route (api.md).
/// For BD (who must act), HR and auditors; a sponsor (SeniorManager) sees the accounts they sponsor (SponsorScope).
/// </summary>
public static class GetCustodyGaps
{
    public sealed record CustodianState(string UserId, string Role, string Status);

    public sealed record CurrentGap(
        Guid AccountId, string Team, string Platform, string Handle, string Reason, IReadOnlyList<CustodianState> Custodians, DateTimeOffset? Since);

    public sealed record UpcomingGap(Guid AccountId, string Team, string Platform, string Handle, DateOnly OpensOn, string Reason);

    public static void MapCustodyGapReport(this WebApplication app)
    {
        app.MapGet("/reports/custody-gaps", Current).WithTags("Reports")
            .RequireAuthorization(p => p.RequireRole(Roles.BusinessDevelopment, Roles.HR, Roles.Auditor, Roles.SeniorManager))
            .WithSummary("Accounts without enough active custodians today");
        app.MapGet("/reports/custody-gaps/upcoming", Upcoming).WithTags("Reports")
            .RequireAuthorization(p => p.RequireRole(Roles.BusinessDevelopment, Roles.HR, Roles.Auditor, Roles.SeniorManager))
            .WithSummary("Custody gaps that known leave and leaving will open, with the day each opens");
    }

    private static async Task<Ok<CurrentGap[]>> Current(CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        var accounts = await ActiveAccounts(user, session, ct);
        var views = accounts.ToDictionary(a => a.Id, CustodyAccounts.ToView);

        var breached = accounts.Where(a => !views[a.Id].HasActiveCustodian).ToList();
        var records = (await session.LoadManyAsync<CustodyGap>(ct, breached.Select(a => StreamIds.ForCustodyGap(a.Id))))
            .ToDictionary(g => g.AccountId);
        var current = breached.Select(a => new CurrentGap(a.Id, a.Team, a.Platform, a.Handle, CustodyGap.ReasonFor(views[a.Id]),
                a.Custodians.Select(c => new CustodianState(c.UserId, c.Role.ToString(), c.Status.ToString())).ToArray(),
                records.GetValueOrDefault(a.Id)?.OpenedAt))
            .OrderBy(g => g.Since ?? DateTimeOffset.MaxValue).ToArray();
        return TypedResults.Ok(current);
    }

    private static async Task<Ok<UpcomingGap[]>> Upcoming(CurrentUser user, IQuerySession session, CustodyDay day, CancellationToken ct)
    {
        var today = day.Today;
        var accounts = await ActiveAccounts(user, session, ct);
        var views = accounts.ToDictionary(a => a.Id, CustodyAccounts.ToView);
        var staffIds = accounts.SelectMany(a => a.Custodians).Select(c => c.UserId).Distinct().Select(StreamIds.ForStaff);
        var staff = (await session.LoadManyAsync<StaffMember>(ct, staffIds)).ToDictionary(s => s.StaffId);
        var upcoming = accounts
            .Select(a => (Account: a, Gap: CustodyGap.Upcoming(views[a.Id], staff, today)))
            .Where(x => x.Gap is not null)
            .Select(x => new UpcomingGap(x.Account.Id, x.Account.Team, x.Account.Platform, x.Account.Handle, x.Gap!.Value.OpensOn, x.Gap.Value.Reason))
            .OrderBy(g => g.OpensOn).ToArray();
        return TypedResults.Ok(upcoming);
    }

    private static async Task<IReadOnlyList<Account>> ActiveAccounts(CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        IQueryable<Account> query = session.Query<Account>().Where(a => a.Status == AccountStatus.Active);
        if (await SponsorScope.AccountsFor(user, session, ct) is { } sponsored) query = query.Where(a => sponsored.Contains(a.Id));
        return await query.ToListAsync(ct);
    }
}
