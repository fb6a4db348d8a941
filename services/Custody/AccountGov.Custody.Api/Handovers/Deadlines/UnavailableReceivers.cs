using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using Marten;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;

namespace AccountGov.Custody.Api.Handovers.Deadlines;

/// <summary>
/// The handover clock's check that every Open handover's receiver can still hold custody over its span. A receiver's
/// own HR event re-plans what they receive, but two people's events applied at once (rows of one HR file) can each
/// decide on the other's record as it was: Dina's leave handed to Carl while Carl's leaving was being recorded.
/// This pass finds such a handover on the next tick and re-plans it by the same rule (HandoverPlanner.Replan).
/// </summary>
public sealed class UnavailableReceivers(ISessionFactory sessions, CustodyDay day)
{
    public async Task<IReadOnlyList<Handover>> Find(CancellationToken ct)
    {
        await using var query = sessions.QuerySession();
        var open = await query.Query<Handover>().Where(h => h.Status == HandoverStatus.Open && h.ToUserId != null).ToListAsync(ct);
        if (open.Count == 0) return [];
        var receivers = (await query.LoadManyAsync<StaffMember>(ct, open.Select(h => StreamIds.ForStaff(h.ToUserId!)).Distinct()))
            .ToDictionary(s => s.StaffId);
        return open.Where(h => receivers.TryGetValue(h.ToUserId!, out var r) && !r.CanHoldCustody(Later(day.Today, h.StartsOn), h.EndsOn)).ToList();
    }

    public async Task Replan(Handover handover, CancellationToken ct)
    {
        await using var session = sessions.OpenSession();
        if (await session.LoadAsync<Account>(handover.AccountId, ct) is not { } account) return;
        var colleagues = (await session.LoadManyAsync<StaffMember>(ct, account.Custodians.Select(c => StreamIds.ForStaff(c.UserId))))
            .ToDictionary(s => s.StaffId);
        var events = HandoverPlanner.Replan(handover, CustodyAccounts.ToView(account), colleagues, day.Today, day.Now);
        try
        {
            await session.Append([new StreamAppend(handover.Id, handover.Version, events)], ct);
        }
        catch (StaleVersion)
        {
            // The handover moved meanwhile (completed, re-planned by an HR event): the next tick looks again.
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
