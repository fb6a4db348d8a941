namespace AccountGov.Bench.Driving;

/// <summary>
/// The service processes `make up` started (their pids in <c>.run/NAME.pid</c>): resident memory from
/// /proc/PID/status and CPU time (user + system, in clock ticks) from /proc/PID/stat.
/// </summary>
public sealed class Services(string pidsDirectory)
{
    private static readonly string[] Names = ["account-requests", "approvals", "custody", "notifications", "portal"];
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public IReadOnlyDictionary<string, int> Pids { get; } = Names
        .Select(n => (n, path: Path.Combine(pidsDirectory, $"{n}.pid")))
        .Where(p => File.Exists(p.path) && int.TryParse(File.ReadAllText(p.path).Trim(), out var pid) && Directory.Exists($"/proc/{pid}"))
        .ToDictionary(p => p.n, p => int.Parse(File.ReadAllText(p.path).Trim()));

    /// <summary>
    /// Waits until the services and the dev mail server are quiet (together under 15% of one core over 2 s), at most
    /// <paramref name="max"/>: a scenario must not be measured while the last one's aftermath (thousands of emails,
    /// a consumer backlog) still runs. Answers how long it waited and the last CPU figure.
    /// </summary>
    public async Task<(TimeSpan Waited, double CpuPercent)> Settle(TimeSpan max)
    {
        var pids = Pids.Values.ToList();
        var smtp = Path.Combine(pidsDirectory, "smtp4dev.pid");
        if (File.Exists(smtp) && int.TryParse(File.ReadAllText(smtp).Trim(), out var mail) && Directory.Exists($"/proc/{mail}")) pids.Add(mail);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var window = TimeSpan.FromSeconds(2);
        while (true)
        {
            var before = pids.Sum(CpuTicks);
            await Task.Delay(window);
            var cpu = (pids.Sum(CpuTicks) - before) / TicksPerSecond / window.TotalSeconds * 100;
            if (cpu < 15 || waited.Elapsed >= max) return (waited.Elapsed, cpu);
        }
    }

    public Dictionary<string, double> RssMb() => Pids.ToDictionary(p => p.Key, p => Rss(p.Value));

    /// <summary>Average CPU of each service over the window, in percent of one core.</summary>
    public async Task<Dictionary<string, double>> CpuPercent(TimeSpan window)
    {
        var before = Pids.ToDictionary(p => p.Key, p => CpuTicks(p.Value));
        await Task.Delay(window);
        return Pids.ToDictionary(p => p.Key, p => (CpuTicks(p.Value) - before[p.Key]) / TicksPerSecond / window.TotalSeconds * 100);
    }

    private static double Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    private static long CpuTicks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ": field 3 is fields[0]
        return long.Parse(fields[11]) + long.Parse(fields[12]);  // utime (14) + stime (15)
    }
}
