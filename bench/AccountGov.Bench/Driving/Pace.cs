namespace AccountGov.Bench.Driving;

/// <summary>
/// Open-loop load: starts one action every 1/rate seconds for the duration, whether or not earlier ones finished
/// (so a slow system queues work, as real callers would, instead of being offered less), then waits for them all.
/// </summary>
public static class Pace
{
    public static async Task Run(double perSecond, TimeSpan duration, Func<int, Task> action, CancellationToken ct = default)
    {
        if (perSecond <= 0) return;
        var running = new List<Task>();
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        var start = DateTime.UtcNow;
        for (var i = 0; DateTime.UtcNow - start < duration && !ct.IsCancellationRequested; i++)
        {
            running.Add(action(i));
            var next = start + interval * (i + 1) - DateTime.UtcNow;
            if (next > TimeSpan.Zero) await Task.Delay(next, CancellationToken.None);
        }
        await Task.WhenAll(running);
    }

    /// <summary>Closed loop: <paramref name="connections"/> workers, each sending its next call when the last answered.</summary>
    public static Task Workers(int connections, Func<bool> more, Func<Task> action) =>
        Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            while (more()) await action();
        }));
}
