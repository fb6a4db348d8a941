namespace AccountGov.Bench;

/// <summary>
/// Command-line options: <c>--name value</c> pairs (or <c>BENCH_NAME</c> environment variables), plus the flag
/// <c>--quick</c>. Defaults point at `make up` on this machine.
/// </summary>
public sealed record Options(
    string[] Scenarios, bool Quick, Uri Requests, Uri Approvals, Uri Custody, string RabbitHost, string RabbitVirtualHost,
    string RabbitUser, string RabbitPassword, string Postgres, string PidsDirectory, string? JsonPath)
{
    public static readonly string[] All = ["p1", "p2", "p3", "p4", "p5", "p6"];

    public static Options Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var quick = false;
        for (var i = 0; i < args.Length; i++)
        {
            var key = args[i].TrimStart('-');
            if (key.Equals("quick", StringComparison.OrdinalIgnoreCase)) quick = true;
            else if (i + 1 < args.Length) map[key] = args[++i];
        }
        string Get(string key, string fallback) =>
            map.GetValueOrDefault(key) ?? Environment.GetEnvironmentVariable($"BENCH_{key.Replace('-', '_').ToUpperInvariant()}") ?? fallback;
        quick |= Get("quick", "") is "1" or "true";
        var scenario = Get("scenario", "all").ToLowerInvariant();
        return new Options(
            scenario is "all" or "" ? All : scenario.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            quick,
            new Uri(Get("requests", "http://127.0.0.1:5101")),
            new Uri(Get("approvals", "http://127.0.0.1:5102")),
            new Uri(Get("custody", "http://127.0.0.1:5103")),
            Get("rabbit-host", "127.0.0.1"), Get("rabbit-vhost", "/"), Get("rabbit-user", "guest"), Get("rabbit-password", "guest"),
            Get("postgres", "Host=127.0.0.1;Port=5432;Username=accountgov;Password=accountgov;Database=postgres"),
            Get("pids", ".run"),
            map.GetValueOrDefault("json") ?? Environment.GetEnvironmentVariable("BENCH_JSON"));
    }

    /// <summary>Full size, or the everyday size that keeps `--quick` under two minutes for every scenario together.</summary>
    public T Size<T>(T full, T quick) => Quick ? quick : full;
}
