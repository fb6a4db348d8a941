using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using AccountGov.Custody.Api.Reports.CustodyGaps;
using AccountGov.Custody.Api.Staff;
using AccountGov.ServiceDefaults.Time;
using JasperFx;
using Marten;
using JasperFx.Events;
using Marten.Exceptions;
using StaffMember = AccountGov.Custody.Api.Staff.StaffMember;

namespace AccountGov.Custody.Api.Handovers.Reconciling;

/// <summary>
/// The one write path for HR-driven custody: an HR event (or the clock) changes a person's staff stream, and in
/// the same transaction their custodian status on every account, the handovers and the custody-gap record follow.
/// A conflicting writer (another row for a colleague on the same account, another replica) makes the commit
/// fail as a whole; it is then decided again from fresh state.
/// </summary>
public sealed class CustodyReconciler(IDocumentStore store, CustodyDay day, BusinessCalendar calendar, ILogger<CustodyReconciler> logger)
{
    private const int Attempts = 8;

    /// <summary>Applies one HR event. False when its eventId was already applied (no second effect).</summary>
    public Task<bool> Apply(HrFact fact, CancellationToken ct) => WithRetry(async session =>
    {
        if (await session.LoadAsync<HrEventReceipt>(fact.EventId, ct) is not null) return false;
        await Decide(session, fact.StaffId, state => StaffDecider.Decide(state, fact, day.Today), ct);
        session.Insert(new HrEventReceipt(fact.EventId, fact.StaffId, fact.Type, day.Now));
        return true;
    }, ct);

    /// <summary>
    /// Applies many HR events for people who are custodians of nothing in one transaction: they change no
    /// account, so only their own streams are written, and one commit replaces hundreds. If anything conflicts
    /// the whole transaction is dropped and each event is applied on its own (receipts keep that idempotent).
    /// </summary>
    public async Task ApplyNonCustodians(IReadOnlyList<HrFact> facts, CancellationToken ct)
    {
        try
        {
            await using var session = store.LightweightSession();
            var ids = facts.Select(f => f.EventId).Distinct().ToArray();
            var seen = (await session.LoadManyAsync<HrEventReceipt>(ct, ids)).Select(r => r.Id).ToHashSet();
            var staff = (await session.LoadManyAsync<StaffMember>(ct, facts.Select(f => StreamIds.ForStaff(f.StaffId)).Distinct()))
                .ToDictionary(s => s.StaffId);
            foreach (var person in facts.GroupBy(f => f.StaffId))
            {
                var before = staff.GetValueOrDefault(person.Key);
                var state = before;
                var events = new List<object>();
                foreach (var fact in person.Where(f => seen.Add(f.EventId)))
                {
                    var decided = StaffDecider.Decide(state, fact, day.Today);
                    state = decided.Aggregate(state, (s, e) => e is StaffRecorded r ? StaffMember.Create(r) : s!.Then(e));
                    events.AddRange(decided);
                    session.Insert(new HrEventReceipt(fact.EventId, fact.StaffId, fact.Type, day.Now));
                }
                if (events.Count == 0) continue;
                if (before is null) session.Events.StartStream<StaffMember>(StreamIds.ForStaff(person.Key), events.ToArray());
                else session.Events.Append(before.Id, before.Version + events.Count, events.ToArray());
            }
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is DocumentAlreadyExistsException || IsConflict(ex))
        {
            foreach (var fact in facts) await Apply(fact, ct);
        }
    }

    /// <summary>Which of these people are custodians of some account (and so need the full path).</summary>
    public async Task<HashSet<string>> CustodiansAmong(IReadOnlyCollection<string> staffIds, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var accounts = await CustodyAccounts.WhereCustodian(session, staffIds, ct);
        return accounts.SelectMany(a => a.Custodians).Select(c => c.UserId).Where(staffIds.Contains).ToHashSet();
    }

    /// <summary>Runs the time-driven transitions due for one person, then reconciles their custody.</summary>
    public Task<bool> Tick(string staffId, CancellationToken ct) => WithRetry(async session =>
    {
        await Decide(session, staffId, state => state is null ? [] : StaffDecider.Tick(state, day.Today), ct);
        return true;
    }, ct);

    private async Task Decide(IDocumentSession session, string staffId, Func<StaffMember?, IReadOnlyList<object>> decide, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<StaffMember>(StreamIds.ForStaff(staffId), ct);
        var events = decide(stream.Aggregate);
        if (events.Count > 0) stream.AppendMany(events.ToArray());
        var after = events.Aggregate(stream.Aggregate, (s, e) => e is StaffRecorded r ? StaffMember.Create(r) : s!.Then(e));
        if (after is not null) await Reconcile(session, after, ct);
    }

    private async Task Reconcile(IDocumentSession session, StaffMember staff, CancellationToken ct)
    {
        var accounts = await CustodyAccounts.WhereCustodian(session, [staff.StaffId], ct);
        if (accounts.Count == 0) return; // not (yet) a custodian: recorded, and reconciled once they become one
        var existing = await session.Query<Handover>().Where(h => h.FromUserId == staff.StaffId).ToListAsync(ct);
        var colleagueIds = accounts.SelectMany(a => a.Custodians).Select(c => c.UserId).Where(u => u != staff.StaffId).Distinct();
        var colleagues = (await session.LoadManyAsync<StaffMember>(ct, colleagueIds.Select(StreamIds.ForStaff)))
            .ToDictionary(s => s.StaffId);
        var views = accounts.Select(CustodyAccounts.ToView).ToList();

        var plan = HandoverPlanner.Plan(staff, views, existing, colleagues, day.Today, day.Now, calendar);
        foreach (var (id, events) in plan.Starts) session.Events.StartStream<Handover>(id, events.ToArray());
        foreach (var (id, events) in plan.Appends)
            session.Events.Append(id, existing.Single(h => h.Id == id).Version + events.Count, events.ToArray());

        // Handovers this person receives: if they are now away or leaving, custody goes to someone else.
        var receiving = await session.Query<Handover>()
            .Where(h => h.ToUserId == staff.StaffId && h.Status == HandoverStatus.Open).ToListAsync(ct);
        var withSelf = new Dictionary<string, StaffMember>(colleagues) { [staff.StaffId] = staff };
        foreach (var handover in receiving)
        {
            if (views.FirstOrDefault(v => v.Id == handover.AccountId) is not { } view) continue;
            var replanned = HandoverPlanner.Replan(handover, view, withSelf, day.Today, day.Now);
            if (replanned.Count > 0) session.Events.Append(handover.Id, handover.Version + replanned.Count, replanned.ToArray());
        }

        var gaps = (await session.LoadManyAsync<CustodyGap>(ct, accounts.Select(a => StreamIds.ForCustodyGap(a.Id))))
            .ToDictionary(g => g.AccountId);
        foreach (var account in accounts)
        {
            var changes = plan.StatusChanges.Where(c => c.AccountId == account.Id)
                .Select(c => new CustodianStatusChanged(account.Id, c.UserId, CustodyAccounts.ToCustodianStatus(c.Status), "hr",
                    $"HR reported {c.Status}", day.Now))
                .ToArray();
            if (changes.Length > 0) session.Events.Append(account.Id, account.Version + changes.Length, changes);
            var after = changes.Aggregate(account, (a, e) => a.Apply(e));
            var gapEvents = CustodyGap.Decide(gaps.GetValueOrDefault(account.Id), CustodyAccounts.ToView(after), day.Now);
            if (gapEvents.Count > 0) session.Events.Append(StreamIds.ForCustodyGap(account.Id), gapEvents.ToArray());
        }
    }

    private async Task<T> WithRetry<T>(Func<IDocumentSession, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var result = await work(session);
            try
            {
                await session.SaveChangesAsync(ct);
                return result;
            }
            catch (DocumentAlreadyExistsException)
            {
                return default!; // the same HR eventId was committed by a concurrent delivery: no second effect
            }
            catch (Exception ex) when (attempt < Attempts && IsConflict(ex))
            {
                logger.LogDebug("Custody reconciliation conflicted (attempt {Attempt}); deciding again.", attempt);
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    private static bool IsConflict(Exception ex) =>
        ex is ConcurrencyException or EventStreamUnexpectedMaxEventIdException
            or Marten.Exceptions.ExistingStreamIdCollisionException or global::JasperFx.Events.ExistingStreamIdCollisionException
        || ex.InnerException is Npgsql.PostgresException { SqlState: "23505" };
}
