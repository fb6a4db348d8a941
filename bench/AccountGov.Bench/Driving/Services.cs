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

    /// <summary>
    /// CPU time used so far (user + system, seconds) by each service, the dev mail server, and all of PostgreSQL's
    /// and RabbitMQ's processes: the difference of two readings says where a scenario's CPU went.
    /// </summary>
    public Dictionary<string, double> CpuSeconds()
    {
        var used = Pids.ToDictionary(p => p.Key, p => CpuTicks(p.Value) / TicksPerSecond);
        var smtp = Path.Combine(pidsDirectory, "smtp4dev.pid");
        if (File.Exists(smtp) && int.TryParse(File.ReadAllText(smtp).Trim(), out var mail) && Directory.Exists($"/proc/{mail}"))
            used["smtp4dev (dev mail server)"] = CpuTicks(mail) / TicksPerSecond;
        used["postgresql"] = 0;
        used["rabbitmq"] = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText($"{dir}/stat");
                var comm = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                var name = comm == "postgres" ? "postgresql" : comm == "beam.smp" ? "rabbitmq" : null;
                if (name is null) continue;
                used[name] += CpuTicks(pid) / TicksPerSecond;
                // A backend that exits (a pooled connection closed) takes its CPU time with it, into the postmaster's
                // count of its reaped children: add that, or a scenario's PostgreSQL time is undercounted.
                if (name == "postgresql" && !IsPostgres(ParentOf(stat))) used[name] += ChildrenTicks(stat) / TicksPerSecond;
            }
            catch (IOException) { } // the process ended between listing and reading
        }
        return used;
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

    private static int ParentOf(string stat) => int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);

    private static bool IsPostgres(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/comm").Trim() == "postgres"; }
        catch (IOException) { return false; }
    }

    private static long ChildrenTicks(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[13]) + long.Parse(fields[14]); // cutime (16) + cstime (17)
    }

    private static long CpuTicks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ": field 3 is fields[0]
        return long.Parse(fields[11]) + long.Parse(fields[12]);  // utime (14) + stime (15)
    }
}
