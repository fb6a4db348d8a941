using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Time;
using Marten;

namespace AccountGov.Custody.Api.Credentials.Obligations;

/// <summary>
/// Reminds and escalates first deposits that fall due (DepositDeadline), once per tick, on business days. Each
/// decision is idempotent and appends at the stream version it read, so any number of replicas may run it at once.
/// </summary>
public sealed class DepositClock(ISessionFactory sessions, DepositTerms terms, CustodyDay day, TimeProvider clock, IConfiguration configuration,
    ILogger<DepositClock> logger) : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(configuration.GetValue("Custody:Clock:IntervalSeconds", 60.0));

    protected override string Name => "The credential deposit clock";

    public override async Task RunOnce(CancellationToken ct)
    {
        var today = day.Today;
        if (!terms.Calendar.IsBusinessDay(today)) return;
        var batchSize = configuration.GetValue("Custody:Clock:BatchSize", 500);
        var last = Guid.Empty;
        while (true)
        {
            List<Account> owing;
            await using (var query = sessions.QuerySession())
                owing = (await query.Query<Account>()
                    .Where(a => a.Credential == null && a.Status == AccountStatus.Active && a.Id > last)
                    .OrderBy(a => a.Id).Take(batchSize).ToListAsync(ct)).ToList();
            foreach (var account in owing) await Decide(account, today, ct);
            if (owing.Count < batchSize) break;
            last = owing[^1].Id;
        }
    }

    private async Task Decide(Account account, DateOnly today, CancellationToken ct)
    {
        await using var session = sessions.OpenSession();
        var id = StreamIds.ForCredentialObligations(account.Id);
        var state = await session.LoadAsync<CredentialObligations>(id, ct);
        var events = DepositDeadline.Decide(account, state, terms.DueOn(account), today, day.Now, terms.Calendar);
        try
        {
            await session.Append([new StreamAppend(id, state?.Version ?? 0, events, typeof(CredentialObligations))], ct);
        }
        catch (StaleVersion)
        {
            // A rotation task or another replica got there first: the next tick decides again from fresh state.
        }
    }
}

/// <summary>The deposit terms in force: how many business days, on which calendar, counted from which local day.</summary>
public sealed class DepositTerms(CustodyDay day, BusinessCalendar calendar, IConfiguration configuration)
{
    public BusinessCalendar Calendar => calendar;

    public int BusinessDays => configuration.GetValue("Custody:Credentials:DepositBusinessDays", DepositDeadline.DefaultBusinessDays);

    public DateOnly DueOn(Account account) => DepositDeadline.DueOn(day.DateOf(account.RegisteredAt), BusinessDays, calendar);

    public DateOnly Today => day.Today;
}
