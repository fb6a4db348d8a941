using System.Diagnostics;
using AccountGov.Bench.Driving;

namespace AccountGov.Bench.Scenarios;

/// <summary>P3: POST /requests from 32 connections, closed loop, read against pgbench -N -c 8 from the same run.</summary>
public static class Submissions
{
    public static async Task Measure(Run run)
    {
        var duration = TimeSpan.FromSeconds(run.Options.Size(30, 8));
        var latency = new Latency();
        var errors = 0;
        var next = 0;
        var watch = Stopwatch.StartNew();
        await Pace.Workers(32, () => watch.Elapsed < duration, async () =>
        {
            var start = Stopwatch.GetTimestamp();
            try { await run.Api.Submit($"@{run.Id}-s{Interlocked.Increment(ref next)}"); }
            catch (Exception) { Interlocked.Increment(ref errors); }
            latency.Since(start);
        });
        var rate = latency.Count / watch.Elapsed.TotalSeconds;
        var (name, reference) = run.Baseline.ConcurrentReference;
        run.Add(new Figure("P3", "POST /requests at 32 connections", rate, "req/s", "≥ 50% of probe", Figure.AtLeast(rate, reference / 2), name, reference, "tps"));
        run.Add(new Figure("P3", "POST /requests p50", latency.Ms(50), "ms", "-", null, "1-connection commit p50", run.Baseline.OneConnection.P50Ms, "ms"));
        run.Add(new Figure("P3", "POST /requests p99", latency.Ms(99), "ms", "≤ 100 ms", Figure.AtMost(latency.Ms(99), 100), "1-connection commit p99", run.Baseline.OneConnection.P99Ms, "ms"));
        run.Add(new Figure("P3", "errors", errors, "", "0", errors == 0));
    }
}
