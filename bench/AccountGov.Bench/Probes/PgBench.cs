using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace AccountGov.Bench.Probes;

/// <summary>
/// <c>pgbench -N -c 8</c> (the simple-update TPC-B-like script: three updates and an insert per transaction) on a
/// scratch database, P3's reference. Null when pgbench is not installed (Debian: postgresql-contrib); the bench
/// then reads P3 against its own 8-connection commit probe instead.
/// </summary>
public static partial class PgBench
{
    private const string Database = "accountgov_bench_pgbench";

    public static async Task<double?> TransactionsPerSecond(string connectionString, TimeSpan duration)
    {
        var exe = new[] { "/usr/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench" }.FirstOrDefault(File.Exists);
        if (exe is null) return null;
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{Database}'", connection);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await Scratch.Database(connectionString, Database);
                await Run(exe, settings, "-i -q -s 1");
            }
        }
        var output = await Run(exe, settings, $"-n -N -c 8 -j 2 -T {Math.Max(1, (int)duration.TotalSeconds)}");
        var match = Tps().Match(output);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static async Task<string> Run(string exe, NpgsqlConnectionStringBuilder settings, string arguments)
    {
        var start = new ProcessStartInfo(exe, $"-h {settings.Host} -p {settings.Port} -U {settings.Username} {arguments} {Database}")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = settings.Password;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await stdout + await stderr;
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
