using AccountGov.Bench.Driving;

namespace AccountGov.Bench.Scenarios;

/// <summary>
/// P2: the two hops at nominal load. P5: each service's resident memory, idle and under that load (growth measured
/// over the last two thirds of the window), and its idle CPU before the load starts.
/// </summary>
public static class HopsAndMemory
{
    public static async Task Measure(Run run)
    {
        var services = run.Selected("p5") ? run.Services : null;
        if (services is { Pids.Count: > 0 })
        {
            var idleRss = services.RssMb();
            var cpu = await services.CpuPercent(TimeSpan.FromSeconds(run.Options.Size(60, 10)));
            foreach (var (name, mb) in idleRss)
                run.Add(new Figure("P5", $"{name} idle RSS", mb, "MB", "≤ 200 MB", Figure.AtMost(mb, 200)));
            foreach (var (name, percent) in cpu)
                run.Add(new Figure("P5", $"{name} idle CPU", percent, "% of a core", "(measured)", null));
        }
        else if (run.Selected("p5")) Console.WriteLine("  P5: no service pids under " + run.Options.PidsDirectory + "; memory not measured");

        var hopWork = run.Baseline.HopWorkMs;
        const string probe = "raw hop work: 2 commits + 1 confirm (p50)";
        if (run.Selected("p2"))
        {
            // One flow at a time first (as issue 16 first measured it): the hop itself, with no queue in front of it.
            var (alone1, alone2) = (new Latency(), new Latency());
            for (var i = 0; i < run.Options.Size(30, 10); i++) await Nominal.Flow(run, $"@{run.Id}-a{i}", alone1, alone2);
            run.Add(new Figure("P2", $"one flow at a time: submission → case p50 (n={alone1.Count})", alone1.Ms(50), "ms", "≤ 50 ms", Figure.AtMost(alone1.Ms(50), 50), probe, hopWork, "ms"));
            run.Add(new Figure("P2", $"one flow at a time: approval → account p50 (n={alone2.Count})", alone2.Ms(50), "ms", "≤ 50 ms", Figure.AtMost(alone2.Ms(50), 50), probe, hopWork, "ms"));
            run.Add(new Figure("P2", "one flow at a time: slowest hop", Math.Max(alone1.Ms(100), alone2.Ms(100)), "ms", "-", null, probe, hopWork, "ms"));
        }

        var minutes = run.Selected("p5") ? run.Options.Size(30.0, 1.0 / 3) : run.Options.Size(2.0, 1.0 / 3);
        var result = await Nominal.Drive(run, TimeSpan.FromMinutes(minutes), services);
        if (run.Selected("p2"))
        {
            foreach (var (name, latency) in new[] { ("submission → case", result.ToCase), ("approval → account", result.ToAccount) })
            {
                run.Add(new Figure("P2", $"at nominal load: {name} p50 (n={latency.Count})", latency.Ms(50), "ms", "≤ 50 ms", Figure.AtMost(latency.Ms(50), 50), probe, hopWork, "ms"));
                run.Add(new Figure("P2", $"at nominal load: {name} p99", latency.Ms(99), "ms", "≤ 250 ms", Figure.AtMost(latency.Ms(99), 250), probe, hopWork, "ms"));
            }
            run.Add(new Figure("P2", "errors under nominal load", result.Errors, "", "0", result.Errors == 0));
        }
        if (services is null || result.Rss.Count < 3) return;
        var last = result.Rss[^1];
        var third = result.Rss[result.Rss.Count / 3];
        foreach (var name in last.Keys)
        {
            var growth = (last[name] - third[name]) / third[name] * 100;
            run.Add(new Figure("P5", $"{name} RSS after {minutes:0.#} min load", last[name], "MB", "≤ 200 MB", Figure.AtMost(last[name], 200)));
            run.Add(new Figure("P5", $"{name} RSS growth, last 2/3", growth, "%", "≤ 10 %", Figure.AtMost(growth, 10)));
        }
    }
}
