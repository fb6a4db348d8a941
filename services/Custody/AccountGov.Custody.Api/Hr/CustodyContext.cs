using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Hr;
using Marten;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;

namespace AccountGov.Custody.Api.Hr;

/// <summary>
/// Everything the HR → custody decision reads about one person, each with its stream version: their staff record,
/// the accounts they hold, the handovers away from them and the open ones to them, and their co-custodians' records.
/// </summary>
public sealed record CustodyContext(
    string StaffId, StaffMember? Staff, IReadOnlyList<Account> Accounts, IReadOnlyList<Handover> Giving,
    IReadOnlyList<Handover> Receiving, IReadOnlyDictionary<string, StaffMember> Colleagues)
{
    /// <summary>A person who holds no account: only their own record is read or written.</summary>
    public static CustodyContext Alone(string staffId, StaffMember? staff) => new(staffId, staff, [], [], [], new Dictionary<string, StaffMember>());

    public static async Task<CustodyContext> Load(IQuerySession session, string staffId, CancellationToken ct)
    {
        var staff = await session.LoadAsync<StaffMember>(StreamIds.ForStaff(staffId), ct);
        var accounts = await CustodyAccounts.WhereCustodian(session, [staffId], ct);
        if (accounts.Count == 0) return Alone(staffId, staff); // recorded, and reconciled once they become a custodian
        var giving = await session.Query<Handover>().Where(h => h.FromUserId == staffId).ToListAsync(ct);
        var receiving = await session.Query<Handover>()
            .Where(h => h.ToUserId == staffId && h.Status == HandoverStatus.Open).ToListAsync(ct);
        var colleagueIds = accounts.SelectMany(a => a.Custodians).Select(c => c.UserId).Where(u => u != staffId).Distinct();
        var colleagues = (await session.LoadManyAsync<StaffMember>(ct, colleagueIds.Select(StreamIds.ForStaff))).ToDictionary(s => s.StaffId);
        return new CustodyContext(staffId, staff, accounts, giving, receiving, colleagues);
    }
}
