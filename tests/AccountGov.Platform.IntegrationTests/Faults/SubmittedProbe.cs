using System.Collections.Concurrent;
using AccountGov.AccountRequests.Contracts;
using AccountGov.Testing;
using MassTransit;

namespace AccountGov.Platform.IntegrationTests.Faults;

/// <summary>
/// A bus of the test's own on the environment's virtual host, straight to the broker (never through a fault proxy),
/// that records every RequestSubmitted delivery: its MessageId and when it arrived. Duplicate deliveries are kept,
/// so a test can tell at-least-once deliveries from duplicated effects.
/// </summary>
public sealed class SubmittedProbe : IAsyncDisposable
{
    private readonly IBusControl bus;
    private readonly ConcurrentQueue<(Guid MessageId, Guid RequestId, DateTimeOffset At)> heard = new();

    private SubmittedProbe(IBusControl bus) => this.bus = bus;

    public IReadOnlyCollection<(Guid MessageId, Guid RequestId, DateTimeOffset At)> Heard => heard.ToArray();

    public static async Task<SubmittedProbe> StartAsync(TestEnvironment environment)
    {
        var rabbit = environment.Servers.Rabbit;
        SubmittedProbe? probe = null;
        var control = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.Host, (ushort)rabbit.Port, environment.VirtualHost, h =>
            {
                h.Username(Uri.UnescapeDataString(rabbit.UserInfo.Split(':')[0]));
                h.Password(Uri.UnescapeDataString(rabbit.UserInfo.Split(':')[1]));
            });
            cfg.ReceiveEndpoint("probe-submitted", e => e.Handler<RequestSubmitted>(c =>
            {
                probe!.heard.Enqueue((c.MessageId!.Value, c.Message.RequestId, DateTimeOffset.UtcNow));
                return Task.CompletedTask;
            }));
        });
        probe = new SubmittedProbe(control);
        await control.StartAsync();
        return probe;
    }

    /// <summary>Waits until every one of <paramref name="requests"/> was heard at least once; returns when the last arrived.</summary>
    public async Task<DateTimeOffset> WaitForAll(IReadOnlyCollection<Guid> requests, TimeSpan within, string what)
    {
        var arrivals = await Eventually.Get(() =>
        {
            var first = Heard.GroupBy(h => h.RequestId).ToDictionary(g => g.Key, g => g.Min(h => h.At));
            return Task.FromResult<Dictionary<Guid, DateTimeOffset>?>(first);
        }, until: f => requests.All(f!.ContainsKey), within: within, what: what);
        return requests.Max(r => arrivals[r]);
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
