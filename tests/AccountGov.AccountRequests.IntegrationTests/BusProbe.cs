using System.Collections.Concurrent;
using AccountGov.AccountRequests.Contracts;
using AccountGov.Testing;
using MassTransit;

namespace AccountGov.AccountRequests.IntegrationTests;

/// <summary>A separate bus on the test's virtual host that records every AccountRequests message with its MessageId.</summary>
public sealed class BusProbe : IAsyncDisposable
{
    private readonly IBusControl bus;
    public ConcurrentQueue<(Guid MessageId, object Message)> Received { get; } = new();

    private BusProbe(IBusControl bus) => this.bus = bus;

    public static async Task<BusProbe> StartAsync(TestEnvironment environment)
    {
        BusProbe? probe = null;
        var rabbit = environment.Servers.Rabbit;
        var control = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.Host, (ushort)rabbit.Port, environment.VirtualHost, h =>
            {
                h.Username(Uri.UnescapeDataString(rabbit.UserInfo.Split(':')[0]));
                h.Password(Uri.UnescapeDataString(rabbit.UserInfo.Split(':')[1]));
            });
            cfg.ReceiveEndpoint("probe-account-requests", e =>
            {
                e.Handler<RequestSubmitted>(c => Record(c));
                e.Handler<RequestRevised>(c => Record(c));
                e.Handler<RequestWithdrawn>(c => Record(c));
                e.Handler<DpiaAttached>(c => Record(c));
            });
        });
        probe = new BusProbe(control);
        await control.StartAsync();
        return probe;

        Task Record<T>(ConsumeContext<T> c) where T : class
        {
            probe!.Received.Enqueue((c.MessageId!.Value, c.Message));
            return Task.CompletedTask;
        }
    }

    public Task<T> WaitFor<T>(Func<T, bool> match, string what) where T : class =>
        Eventually.Get(() => Task.FromResult(Received.Select(r => r.Message).OfType<T>().FirstOrDefault(match)), what: what);

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
