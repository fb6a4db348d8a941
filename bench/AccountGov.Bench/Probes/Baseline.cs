namespace AccountGov.Bench.Probes;

/// <summary>The raw probes of one run, taken before the scenarios so every figure has its machine reference.</summary>
public sealed record Baseline(
    PostgresProbe.Result OneConnection, PostgresProbe.Result EightConnections, double? PgBenchTps, RabbitProbe.Result Rabbit)
{
    public static async Task<Baseline> Measure(Options options)
    {
        var seconds = TimeSpan.FromSeconds(options.Size(5, 2));
        var one = await PostgresProbe.Commits(options.Postgres, 1, seconds);
        var eight = await PostgresProbe.Commits(options.Postgres, 8, seconds);
        var pgbench = options.Scenarios.Contains("p3") ? await PgBench.TransactionsPerSecond(options.Postgres, seconds * 2) : null;
        var rabbit = await RabbitProbe.Confirms(options, seconds * 2);
        return new Baseline(one, eight, pgbench, rabbit);
    }

    /// <summary>P3's reference: pgbench -N -c 8 when installed, else this bench's own 8-connection commit rate.</summary>
    public (string Name, double Value) ConcurrentReference =>
        PgBenchTps is { } tps ? ("pgbench -N -c 8", tps) : ("8-connection INSERT commits (no pgbench)", EightConnections.CommitsPerSecond);

    /// <summary>The raw work of one hop: a commit, a broker confirm and the consumer's commit.</summary>
    public double HopWorkMs => 2 * OneConnection.P50Ms + Rabbit.ConfirmP50Ms;

    public IReadOnlyDictionary<string, string> Describe() => new Dictionary<string, string>
    {
        ["PostgreSQL commit, 1 connection"] = $"{OneConnection.CommitsPerSecond:F0}/s, p50 {OneConnection.P50Ms:F2} ms, p99 {OneConnection.P99Ms:F2} ms",
        ["PostgreSQL commit, 8 connections"] = $"{EightConnections.CommitsPerSecond:F0}/s, p50 {EightConnections.P50Ms:F2} ms",
        ["pgbench -N -c 8"] = PgBenchTps is { } t ? $"{t:F0} tps" : "not run",
        ["RabbitMQ confirm, one at a time"] = $"{Rabbit.SequentialPerSecond:F0}/s, p50 {Rabbit.ConfirmP50Ms:F2} ms",
        ["RabbitMQ confirm, 100 in flight"] = $"{Rabbit.ConcurrentPerSecond:F0}/s",
    };
}
