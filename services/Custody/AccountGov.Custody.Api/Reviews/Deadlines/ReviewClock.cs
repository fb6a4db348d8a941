using System.Diagnostics.Metrics;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Telemetry;
using AccountGov.ServiceDefaults.Time;
using Marten;

namespace AccountGov.Custody.Api.Reviews.Deadlines;

/// <summary>
/// Every tick, the open reviews due by the reminder horizon are decided by <see cref="ReviewDeadlines"/>, each on its
/// own stream at the version read, as the handover clock does: any number of replicas may run it, and the loser of
/// a race records nothing. A review that cannot be decided is counted and passed over, never stopping the rest.
/// </summary>
public sealed class ReviewClock(
    ISessionFactory sessions, CustodyDay day, BusinessCalendar calendar, ReviewOptions options, TimeProvider clock,
    IMeterFactory meters, ILogger<ReviewClock> logger) : PeriodicWork(clock, logger)
{
    private const int BatchSize = 200;
    private readonly Counter<long> skipped = meters.Create(TelemetrySetup.AccountGovSource)
        .CreateCounter<long>("accountgov.custody.review_clock.skipped", "{review}", "Reviews the review clock could not decide and passed over.");

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.IntervalSeconds);

    protected override string Name => "The review clock";

    public override async Task RunOnce(CancellationToken ct)
    {
        var today = day.Today;
        var horizon = ReviewDeadlines.Horizon(today, calendar, options.ReminderBusinessDays);
        var last = Guid.Empty;
        while (true)
        {
            List<Review> due;
            await using (var query = sessions.QuerySession())
                due = (await query.Query<Review>()
                    .Where(r => (r.Status == ReviewStatus.Due || r.Status == ReviewStatus.ChangesNeeded) && r.DueOn <= horizon && r.Id > last)
                    .OrderBy(r => r.Id).Take(BatchSize).ToListAsync(ct)).ToList();
            foreach (var review in due) await Decide(review, today, ct);
            if (due.Count < BatchSize) break;
            last = due[^1].Id;
        }
    }

    private async Task Decide(Review review, DateOnly today, CancellationToken ct)
    {
        try
        {
            await using var session = sessions.OpenSession();
            var account = await session.LoadAsync<Account>(review.AccountId, ct);
            var events = ReviewDeadlines.Decide(review, account, today, day.Now, calendar, options.ReminderBusinessDays);
            await session.Append([new StreamAppend(review.Id, review.Version, events)], ct);
        }
        catch (StaleVersion)
        {
            // Someone recorded the review (or another replica got there first): the next tick decides again.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            skipped.Add(1);
            logger.LogError("The review clock passed over review {ReviewId}: {Error}", review.Id, ex.GetType().Name);
        }
    }
}
