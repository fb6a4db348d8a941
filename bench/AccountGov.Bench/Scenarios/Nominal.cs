using System.Diagnostics;
using AccountGov.Bench.Driving;

namespace AccountGov.Bench.Scenarios;

/// <summary>
/// P2 (and P5's load): nominal traffic, open loop: 10 HR events/s (people who hold no account), 50 reads/s across
/// the Portal's lists, and 5 submissions/s, each of which is taken through its two hops: submission → case in
/// Approvals, then endorsement and BD approval → account in Custody. Each hop is timed from the answer of the call
/// that committed it to the first successful read on the other service (polled every 2 ms at first, then less often).
/// </summary>
public static class Nominal
{
    public sealed record Result(Latency ToCase, Latency ToAccount, int Errors, List<Dictionary<string, double>> Rss);

    private static readonly string[] ReadPaths = ["/accounts?take=50", "/handovers?take=50", "/cases?take=50", "/requests?take=50"];

    /// <summary>One submission taken through both hops, each timed into its histogram.</summary>
    public static async Task Flow(Run run, string handle, Latency toCase, Latency toAccount)
    {
        var api = run.Api;
        var id = await api.Submit(handle);
        toCase.Record(await api.WaitFor(api.Approvals, $"/cases/{id}", api.Beth, Stopwatch.GetTimestamp()));
        using (var endorse = await api.Send(api.Approvals, HttpMethod.Post, $"/cases/{id}/endorsement", api.Sam, new { endorsed = true, comment = "Bench" }))
            endorse.EnsureSuccessStatusCode();
        using (var decide = await api.Send(api.Approvals, HttpMethod.Post, $"/cases/{id}/decision", api.Beth, new { outcome = "Approved", comment = "Bench" }))
            decide.EnsureSuccessStatusCode();
        toAccount.Record(await api.WaitFor(api.Custody, $"/accounts?requestId={id}", api.Beth, Stopwatch.GetTimestamp(), body => body != "[]"));
    }

    public static async Task<Result> Drive(Run run, TimeSpan duration, Services? services)
    {
        var api = run.Api;
        var toCase = new Latency();
        var toAccount = new Latency();
        var errors = 0;
        var rss = new List<Dictionary<string, double>>();
        using var stop = new CancellationTokenSource();
        var sampler = services is null ? Task.CompletedTask : Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                rss.Add(services.RssMb());
                try { await Task.Delay(TimeSpan.FromSeconds(1), stop.Token); } catch (OperationCanceledException) { }
            }
        });

        async Task Guard(Func<Task> work)
        {
            try { await work(); }
            catch (Exception ex) { if (Interlocked.Increment(ref errors) <= 3) Console.WriteLine($"  nominal: {ex.GetType().Name}: {ex.Message}"); }
        }

        var hr = Pace.Run(10, duration, i => Guard(async () =>
        {
            using var answer = await api.Send(api.Custody, HttpMethod.Post, "/hr/events", api.Hana, new
            {
                eventId = $"{run.Id}-n{i}", type = "LeaveBooked", staffId = $"{run.Id}-n{i % 500}", leaveType = "Annual",
                from = DateTime.UtcNow.AddDays(10 + i % 30).ToString("yyyy-MM-dd"), to = DateTime.UtcNow.AddDays(41).ToString("yyyy-MM-dd"),
            });
            answer.EnsureSuccessStatusCode();
        }));
        var reads = Pace.Run(50, duration, i => Guard(async () =>
        {
            var path = ReadPaths[i % ReadPaths.Length];
            var client = path.StartsWith("/cases") ? api.Approvals : path.StartsWith("/requests") ? api.Requests : api.Custody;
            using var answer = await api.Send(client, HttpMethod.Get, path, api.Beth);
            answer.EnsureSuccessStatusCode();
        }));
        var submissions = Pace.Run(5, duration, i => Guard(() => Flow(run, $"@{run.Id}-h{i}", toCase, toAccount)));
        await Task.WhenAll(hr, reads, submissions);
        await stop.CancelAsync();
        await sampler;
        return new Result(toCase, toAccount, errors, rss);
    }
}
