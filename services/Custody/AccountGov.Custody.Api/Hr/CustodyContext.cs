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

    public static async Task<CustodyContext> Load(IQuerySession session, string staffId, CancellationToken ct) =>
        (await LoadMany(session, [staffId], ct))[staffId];

    /// <summary>
    /// Each person's context, read with one query per kind of thing whatever the number of people: the HR file's
    /// bulk path decides many custodians in one commit.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, CustodyContext>> LoadMany(
        IQuerySession session, IReadOnlyCollection<string> staffIds, CancellationToken ct)
    {
        var accounts = await CustodyAccounts.WhereCustodian(session, staffIds, ct);
        var holders = staffIds.Where(id => accounts.Any(a => Holds(a, id))).ToArray();
        var everyone = staffIds.Concat(accounts.SelectMany(a => a.Custodians).Select(c => c.UserId)).Distinct();
        var staff = (await session.LoadManyAsync<StaffMember>(ct, everyone.Select(StreamIds.ForStaff))).ToDictionary(s => s.StaffId);
        // People who hold no account are recorded, and reconciled once they become a custodian: nothing more to read.
        IReadOnlyList<Handover> giving = [], receiving = [];
        if (holders.Length > 0)
        {
            giving = await session.Query<Handover>().Where(h => holders.Contains(h.FromUserId)).ToListAsync(ct);
            receiving = await session.Query<Handover>()
                .Where(h => holders.Contains(h.ToUserId) && h.Status == HandoverStatus.Open).ToListAsync(ct);
        }
        return staffIds.Distinct().ToDictionary(id => id, id =>
        {
            var mine = accounts.Where(a => Holds(a, id)).ToList();
            if (mine.Count == 0) return Alone(id, staff.GetValueOrDefault(id));
            var colleagues = mine.SelectMany(a => a.Custodians).Select(c => c.UserId).Where(u => u != id).Distinct()
                .Where(staff.ContainsKey).ToDictionary(u => u, u => staff[u]);
            return new CustodyContext(id, staff.GetValueOrDefault(id), mine, giving.Where(h => h.FromUserId == id).ToList(),
                receiving.Where(h => h.ToUserId == id).ToList(), colleagues);
        });
    }

    private static bool Holds(Account account, string staffId) => account.Custodians.Any(c => c.UserId == staffId);
}
