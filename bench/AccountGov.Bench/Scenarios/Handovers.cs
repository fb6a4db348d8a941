using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AccountGov.Approvals.Contracts;
using AccountGov.Bench.Driving;
using MassTransit;

namespace AccountGov.Bench.Scenarios;

/// <summary>
/// P1: registers custodianships the way production does (AccountRequestApproved on the bus, a primary and a deputy
/// each), posts an HR file in which every primary books leave and every deputy gives notice (so one handover per
/// custodianship), and times it from the POST to the progress resource's Completed. P6: Portal-facing reads at
/// 20/s while the file runs.
/// </summary>
public static class Handovers
{
    private static readonly string[] ReadPaths = ["/accounts?take=50", "/handovers?take=50", "/cases?take=50"];

    public static async Task Measure(Run run)
    {
        var api = run.Api;
        var accounts = run.Options.Size(10_000, 500);
        var rows = accounts * 2;
        await Register(run, accounts);

        var (csv, expected) = HrFile.Build(run.Id, accounts, rows, DateOnly.FromDateTime(DateTime.UtcNow));
        using var readers = new CancellationTokenSource();
        var reads = new Latency();
        var failed = 0;
        var reading = run.Selected("p6") ? Pace.Run(20, TimeSpan.FromHours(1), async i =>
        {
            var path = ReadPaths[i % ReadPaths.Length];
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var answer = await api.Send(path.StartsWith("/cases") ? api.Approvals : api.Custody, HttpMethod.Get, path, api.Beth);
                if ((int)answer.StatusCode >= 500) Interlocked.Increment(ref failed);
            }
            catch (Exception) { Interlocked.Increment(ref failed); }
            reads.Since(start);
        }, readers.Token) : Task.CompletedTask;

        var clock = Stopwatch.StartNew();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/hr/events/batch") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        post.Headers.Authorization = api.Hana;
        using var answer = await api.Custody.SendAsync(post);
        answer.EnsureSuccessStatusCode();
        var location = answer.Headers.Location?.ToString() ?? throw new InvalidOperationException("no progress resource");
        while ((await Retry(() => api.Get<JsonElement>(api.Custody, location, api.Hana))).GetProperty("status").GetString() != "Completed")
            await Task.Delay(100);
        var elapsed = clock.Elapsed.TotalSeconds;
        await readers.CancelAsync();
        await reading;

        var found = await Retry(() => CountHandovers(run));
        var perSecond = found / elapsed;
        if (run.Selected("p1"))
        {
            run.Add(new Figure("P1", $"{rows:N0} rows ({accounts:N0} accounts) → last handover", elapsed, "s", run.Options.Quick ? "(quick size)" : "≤ 60 s",
                run.Options.Quick ? null : Figure.AtMost(elapsed, 60)));
            run.Add(new Figure("P1", "handovers recorded per second", perSecond, "/s", "-", null,
                "PostgreSQL commits, 1 connection", run.Baseline.OneConnection.CommitsPerSecond, "/s"));
            run.Add(new Figure("P1", "handovers found", found, "", $"= {expected}", found == expected));
        }
        if (run.Selected("p6"))
        {
            run.Add(new Figure("P6", $"reads during the file p99 (n={reads.Count})", reads.Ms(99), "ms", "≤ 200 ms", Figure.AtMost(reads.Ms(99), 200),
                "1-connection commit p99", run.Baseline.OneConnection.P99Ms, "ms"));
            run.Add(new Figure("P6", "reads answered 5xx or failed", failed, "", "0", failed == 0));
        }
    }

    private static async Task Register(Run run, int accounts)
    {
        var options = run.Options;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(options.RabbitHost, options.RabbitVirtualHost, h =>
        {
            h.Username(options.RabbitUser);
            h.Password(options.RabbitPassword);
        }));
        await bus.StartAsync();
        var setup = Stopwatch.StartNew();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, accounts), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
                await bus.Publish(new AccountRequestApproved(Guid.NewGuid(), "Bench", "Instagram", $"@{run.Id}-{i}", new ApprovedStaff("sam", "Sam Patel"),
                    [new($"{run.Id}-p{i}", "Primary", ApprovedCustodianRole.Primary), new($"{run.Id}-d{i}", "Deputy", ApprovedCustodianRole.Deputy)],
                    [], "beth", DateTimeOffset.UtcNow), ct));
        }
        finally
        {
            await bus.StopAsync();
        }
        while (await Retry(() => CountAccounts(run)) < accounts) await Task.Delay(1000);
        Console.WriteLine($"  P1: {accounts:N0} accounts registered in {setup.Elapsed.TotalSeconds:F1} s");
    }

    // The bench's own bookkeeping reads are retried: a read that failed under load is P6's figure, not P1's end.
    private static async Task<T> Retry<T>(Func<Task<T>> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try { return await read(); }
            catch (HttpRequestException) when (attempt < 5) { await Task.Delay(1000 * attempt); }
        }
    }

    // The register lists newest first, so this run's accounts are on the first pages.
    private static async Task<int> CountAccounts(Run run)
    {
        var count = 0;
        for (var skip = 0; ; skip += 200)
        {
            var page = await run.Api.Get<JsonElement[]>(run.Api.Custody, $"/accounts?skip={skip}&take=200", run.Api.Beth);
            var ours = page.Count(a => a.GetProperty("handle").GetString()!.StartsWith($"@{run.Id}-", StringComparison.Ordinal));
            count += ours;
            if (page.Length < 200 || ours == 0) return count;
        }
    }

    private static async Task<int> CountHandovers(Run run)
    {
        var count = 0;
        for (var skip = 0; ; skip += 500)
        {
            var page = await run.Api.Get<JsonElement[]>(run.Api.Custody, $"/handovers?skip={skip}&take=500", run.Api.Beth);
            count += page.Count(h => h.GetProperty("fromUserId").GetString()!.StartsWith($"{run.Id}-", StringComparison.Ordinal));
            if (page.Length < 500) return count;
        }
    }
}
