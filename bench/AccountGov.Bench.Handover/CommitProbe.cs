using System.Diagnostics;
using Npgsql;

namespace AccountGov.Bench.Handover;

/// <summary>The machine's raw PostgreSQL commit rate: single-row INSERTs, one transaction each, one connection.</summary>
public static class CommitProbe
{
    public static async Task<double> CommitsPerSecond(string connectionString, TimeSpan duration)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var table = $"bench_commit_probe_{Environment.ProcessId}";
        await Execute(connection, $"CREATE TABLE {table} (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())");
        try
        {
            await using var insert = new NpgsqlCommand($"INSERT INTO {table} DEFAULT VALUES", connection);
            await insert.PrepareAsync();
            var watch = Stopwatch.StartNew();
            var commits = 0;
            while (watch.Elapsed < duration)
            {
                await insert.ExecuteNonQueryAsync(); // autocommit: one fsync'd commit per row
                commits++;
            }
            return commits / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            await Execute(connection, $"DROP TABLE IF EXISTS {table}");
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
