using System.Diagnostics;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Telemetry;
using AccountGov.ServiceDefaults.Time;
using JasperFx;
using Marten;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;

namespace AccountGov.Custody.Api.Hr;

/// <summary>
/// The HR → custody write: load the person's <see cref="CustodyContext"/>, decide their staff events
/// (<see cref="StaffDecider"/>), plan every append (<see cref="CustodyPlan"/>), append them in one commit with the
/// HR event's receipt. A conflicting writer (a colleague's row on the same account, another replica) fails the
/// commit as a whole; it is then decided again from fresh state.
/// </summary>
public sealed class CustodyReconciler(ISessionFactory sessions, CustodyDay day, BusinessCalendar calendar)
{
    private const int Attempts = 8;
    private static readonly ActivitySource Source = new(TelemetrySetup.AccountGovSource);

    /// <summary>
    /// Applies one HR event and says what it did; the same eventId a second time (even concurrently) has no second
    /// effect, and is recorded on the person's record as a repeat so HR sees it.
    /// </summary>
    public Task<HrEventEffect> Apply(HrFact fact, CancellationToken ct) => WithRetry("hr.apply", async session =>
    {
        if (await session.LoadAsync<HrEventReceipt>(fact.EventId, ct) is { } receipt) return await Repeated(session, receipt, ct);
        var context = await CustodyContext.Load(session, fact.StaffId, ct);
        session.Insert(new HrEventReceipt(fact.EventId, fact.StaffId, fact.Type, day.Now));
        var staffEvents = StaffDecider.Record(context.Staff, fact, day.Today);
        await session.Append(CustodyPlan.For(context, staffEvents, day.Today, day.Now, calendar), ct);
        return HrEventEffect.Of(fact.EventId, staffEvents);
    }, ct);

    private static async Task<HrEventEffect> Repeated(IDocumentSession session, HrEventReceipt receipt, CancellationToken ct)
    {
        if (await session.LoadAsync<StaffMember>(StreamIds.ForStaff(receipt.StaffId), ct) is { } staff)
            await session.Append([new StreamAppend(staff.Id, staff.Version, [new HrEventRepeated(staff.StaffId, receipt.Id)])], ct);
        return HrEventEffect.Duplicate;
    }

    /// <summary>Runs the time-driven transitions due for one person, then reconciles their custody.</summary>
    public Task Tick(string staffId, CancellationToken ct) => WithRetry("hr.tick", async session =>
    {
        var context = await CustodyContext.Load(session, staffId, ct);
        if (context.Staff is { } staff)
            await session.Append(CustodyPlan.For(context, StaffDecider.Tick(staff, day.Today), day.Today, day.Now, calendar), ct);
        return HrEventEffect.Applied;
    }, ct);

    /// <summary>
    /// Applies many HR events for people who are custodians of nothing in one transaction: they change no
    /// account, so only their own streams are written, and one commit replaces hundreds. If anything conflicts
    /// the whole transaction is dropped and each event is applied on its own (receipts keep that idempotent).
    /// Answers what each event did, in the order of <paramref name="facts"/>.
    /// </summary>
    public async Task<IReadOnlyList<HrEventEffect>> ApplyNonCustodians(IReadOnlyList<HrFact> facts, CancellationToken ct)
    {
        var effects = new HrEventEffect[facts.Count];
        using var activity = Source.StartActivity("hr.apply-batch");
        try
        {
            await using var session = sessions.OpenSession();
            var seen = (await session.LoadManyAsync<HrEventReceipt>(ct, facts.Select(f => f.EventId).Distinct())).Select(r => r.Id).ToHashSet();
            var staff = (await session.LoadManyAsync<StaffMember>(ct, facts.Select(f => StreamIds.ForStaff(f.StaffId)).Distinct()))
                .ToDictionary(s => s.StaffId);
            var appends = new List<StreamAppend>();
            foreach (var person in facts.Select((Fact, Index) => (Fact, Index)).GroupBy(f => f.Fact.StaffId))
            {
                var before = staff.GetValueOrDefault(person.Key);
                var events = new List<object>();
                foreach (var (fact, index) in person)
                {
                    if (!seen.Add(fact.EventId))
                    {
                        if (before is not null || events.Count > 0) events.Add(new HrEventRepeated(person.Key, fact.EventId));
                        effects[index] = HrEventEffect.Duplicate;
                        continue;
                    }
                    var decided = StaffDecider.Record(Evolving.Replay(before, events), fact, day.Today);
                    events.AddRange(decided);
                    effects[index] = HrEventEffect.Of(fact.EventId, decided);
                    session.Insert(new HrEventReceipt(fact.EventId, fact.StaffId, fact.Type, day.Now));
                }
                appends.AddRange(CustodyPlan.For(CustodyContext.Alone(person.Key, before), events, day.Today, day.Now, calendar));
            }
            await session.Append(appends, ct);
        }
        catch (Exception ex) when (ex is StaleVersion or DocumentAlreadyExistsException)
        {
            for (var i = 0; i < facts.Count; i++) effects[i] = await Apply(facts[i], ct);
        }
        return effects;
    }

    /// <summary>
    /// Applies one HR event each for many custodians in one commit, where a commit per event would bound a year-end
    /// file at this database's commit rate. The caller sends people whose accounts do not overlap
    /// (<see cref="Batches.CustodianWaves"/>); anyone whose writes would still touch a stream already planned here, and
    /// any eventId seen before, is applied on its own after the commit. A conflict drops the whole commit and applies
    /// each event on its own (receipts keep that idempotent). Answers what each event did, in the order of
    /// <paramref name="facts"/>.
    /// </summary>
    public async Task<IReadOnlyList<HrEventEffect>> ApplyCustodians(IReadOnlyList<HrFact> facts, CancellationToken ct)
    {
        var effects = new HrEventEffect?[facts.Count];
        using (Source.StartActivity("hr.apply-custodians"))
        {
            try
            {
                await using var session = sessions.OpenSession();
                var seen = (await session.LoadManyAsync<HrEventReceipt>(ct, facts.Select(f => f.EventId).Distinct())).Select(r => r.Id).ToHashSet();
                var contexts = await CustodyContext.LoadMany(session, facts.Select(f => f.StaffId).Distinct().ToArray(), ct);
                var written = new HashSet<Guid>();
                var appends = new List<StreamAppend>();
                for (var i = 0; i < facts.Count; i++)
                {
                    var fact = facts[i];
                    if (seen.Contains(fact.EventId)) continue;
                    var staffEvents = StaffDecider.Record(contexts[fact.StaffId].Staff, fact, day.Today);
                    var planned = CustodyPlan.For(contexts[fact.StaffId], staffEvents, day.Today, day.Now, calendar);
                    if (planned.Any(a => written.Contains(a.StreamId))) continue;
                    written.UnionWith(planned.Select(a => a.StreamId));
                    appends.AddRange(planned);
                    seen.Add(fact.EventId);
                    session.Insert(new HrEventReceipt(fact.EventId, fact.StaffId, fact.Type, day.Now));
                    effects[i] = HrEventEffect.Of(fact.EventId, staffEvents);
                }
                await session.Append(appends, ct);
            }
            catch (Exception ex) when (IsConflict(ex) || ex is DocumentAlreadyExistsException)
            {
                Array.Clear(effects);
            }
        }
        for (var i = 0; i < facts.Count; i++) effects[i] ??= await Apply(facts[i], ct);
        return effects!;
    }

    /// <summary>For each of these people who is a custodian of some account (and so needs the full path), those accounts.</summary>
    public async Task<Dictionary<string, Guid[]>> HoldingsOf(IReadOnlyCollection<string> staffIds, CancellationToken ct)
    {
        await using var session = sessions.QuerySession();
        var wanted = staffIds.ToHashSet();
        var accounts = await CustodyAccounts.WhereCustodian(session, staffIds, ct);
        return accounts.SelectMany(a => a.Custodians.Select(c => (c.UserId, a.Id))).Where(x => wanted.Contains(x.UserId))
            .GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().ToArray());
    }

    /// <summary>Safe to decide again: nothing of a failed attempt committed, and the HR eventId keys the work.</summary>
    private async Task<HrEventEffect> WithRetry(string name, Func<IDocumentSession, Task<HrEventEffect>> work, CancellationToken ct)
    {
        using var activity = Source.StartActivity(name);
        return await FreshSession.Retry(sessions, async session =>
        {
            try
            {
                return await work(session);
            }
            catch (DocumentAlreadyExistsException)
            {
                return HrEventEffect.Duplicate; // the same HR eventId was committed by a concurrent delivery
            }
        }, ex => IsConflict(ex) || TransientFaults.Is(ex), Attempts, ct);
    }

    // A stale stream, or two first appends to the same custody-gap stream racing on its unique key.
    private static bool IsConflict(Exception ex) =>
        ex is StaleVersion || ex.InnerException is Npgsql.PostgresException { SqlState: "23505" };
}
