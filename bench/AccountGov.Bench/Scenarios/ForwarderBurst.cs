using System.Collections.Concurrent;
using System.Diagnostics;
using AccountGov.AccountRequests.Contracts;
using AccountGov.Bench.Driving;
using MassTransit;

namespace AccountGov.Bench.Scenarios;

/// <summary>
/// P4: a burst of submissions from 32 connections while a temporary queue of the bench's own hears every
/// RequestSubmitted this run caused. The lag is the last message's arrival after the last commit (the last POST's
/// answer); the publish rate counts the messages over the time from the first arrival to the last.
/// </summary>
public static class ForwarderBurst
{
    public static async Task Measure(Run run)
    {
        var total = run.Options.Size(5000, 1000);
        var prefix = $"@{run.Id}-f";
        var arrivals = new ConcurrentBag<long>();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(run.Options.RabbitHost, run.Options.RabbitVirtualHost, h =>
            {
                h.Username(run.Options.RabbitUser);
                h.Password(run.Options.RabbitPassword);
            });
            cfg.ReceiveEndpoint(e =>
            {
                e.PrefetchCount = 1000;
                e.Handler<RequestSubmitted>(ctx =>
                {
                    if (ctx.Message.Handle.StartsWith(prefix, StringComparison.Ordinal)) arrivals.Add(Stopwatch.GetTimestamp());
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync();
        try
        {
            var next = 0;
            var errors = 0;
            var limit = Stopwatch.StartNew(); // a swamped machine ends the burst early rather than never
            await Pace.Workers(32, () => Volatile.Read(ref next) < total && limit.Elapsed < TimeSpan.FromSeconds(run.Options.Size(120, 40)), async () =>
            {
                var i = Interlocked.Increment(ref next);
                if (i > total) return;
                try { await run.Api.Submit($"{prefix}{i}"); }
                catch (Exception) { Interlocked.Increment(ref errors); }
            });
            var lastCommit = Stopwatch.GetTimestamp();
            var committed = Math.Min(next, total) - errors;
            var wait = Stopwatch.StartNew();
            for (var seen = -1; arrivals.Count < committed && (arrivals.Count > seen || wait.Elapsed < TimeSpan.FromSeconds(30)); await Task.Delay(5))
                if (arrivals.Count > seen) (seen, wait) = (arrivals.Count, Stopwatch.StartNew());
            var times = arrivals.Order().ToArray();
            var lag = times.Length == 0 ? double.NaN : Stopwatch.GetElapsedTime(lastCommit, times[^1]).TotalMilliseconds;
            var span = times.Length < 2 ? double.NaN : Stopwatch.GetElapsedTime(times[0], times[^1]).TotalSeconds;
            var rate = times.Length / span;
            var backlog = times.Count(t => t > lastCommit);
            run.Add(new Figure("P4", $"last publish after last commit ({committed} commits)", lag, "ms", "≤ 2,000 ms", Figure.AtMost(lag, 2000)));
            run.Add(new Figure("P4", "publish rate, first to last arrival", rate, "msg/s", "≥ 3,000 msg/s", Figure.AtLeast(rate, 3000),
                "RabbitMQ confirms, 100 in flight", run.Baseline.Rabbit.ConcurrentPerSecond, "msg/s"));
            run.Add(new Figure("P4", "messages still to publish at the last commit", backlog, "msg", "-", null));
            run.Add(new Figure("P4", "messages heard of those committed", times.Length, "msg", $"= {committed}", times.Length == committed));
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
