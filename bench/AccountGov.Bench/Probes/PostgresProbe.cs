using System.Diagnostics;
using AccountGov.Bench.Driving;
using Npgsql;

namespace AccountGov.Bench.Probes;

/// <summary>
/// The machine's raw PostgreSQL commit: single-row INSERTs, one fsync'd transaction each, on <c>connections</c>
/// connections at once. One connection gives the commit latency; eight give the rate a concurrent service could reach.
/// </summary>
public static class PostgresProbe
{
    public sealed record Result(double CommitsPerSecond, double P50Ms, double P99Ms);

    public static async Task<Result> Commits(string maintenance, int connections, TimeSpan duration)
    {
        var connectionString = await Scratch.Database(maintenance, "accountgov_bench");
        var table = $"bench_commit_probe_{Environment.ProcessId}_{connections}";
        await Execute(connectionString, $"CREATE TABLE {table} (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())");
        try
        {
            var latency = new Latency();
            var watch = Stopwatch.StartNew();
            var commits = 0L;
            await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await using var insert = new NpgsqlCommand($"INSERT INTO {table} DEFAULT VALUES", connection);
                await insert.PrepareAsync();
                while (watch.Elapsed < duration)
                {
                    var start = Stopwatch.GetTimestamp();
                    await insert.ExecuteNonQueryAsync(); // autocommit: one commit per row
                    latency.Since(start);
                    Interlocked.Increment(ref commits);
                }
            }));
            return new Result(commits / watch.Elapsed.TotalSeconds, latency.Ms(50), latency.Ms(99));
        }
        finally
        {
            await Execute(connectionString, $"DROP TABLE IF EXISTS {table}");
        }
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
