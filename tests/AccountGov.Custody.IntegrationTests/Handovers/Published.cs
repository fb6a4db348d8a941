using System.Collections.Concurrent;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using MassTransit;

namespace AccountGov.Custody.IntegrationTests.Handovers;

/// <summary>A bus of the test's own on the class's virtual host: it receives what Custody publishes, as BD would.</summary>
public sealed class Published : IAsyncDisposable
{
    private readonly ConcurrentQueue<object> messages = new();
    private IBusControl bus = null!;

    public IReadOnlyCollection<object> Messages => messages.ToArray();

    public IEnumerable<T> Of<T>() => messages.OfType<T>();

    public static async Task<Published> StartAsync(TestEnvironment environment)
    {
        var published = new Published();
        var settings = environment.SettingsFor("listener");
        published.bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(settings["RabbitMq:Host"], ushort.Parse(settings["RabbitMq:Port"]!), environment.VirtualHost, h =>
            {
                h.Username(settings["RabbitMq:Username"]!);
                h.Password(settings["RabbitMq:Password"]!);
            });
            cfg.ReceiveEndpoint("handover-tests-listener", e =>
            {
                e.Handler<CustodyGapDetected>(c => published.Keep(c.Message));
                e.Handler<CustodyGapClosed>(c => published.Keep(c.Message));
                e.Handler<CustodyGapAnticipated>(c => published.Keep(c.Message));
                e.Handler<HandoverStarted>(c => published.Keep(c.Message));
                e.Handler<HandoverEscalated>(c => published.Keep(c.Message));
                e.Handler<HandoverCompleted>(c => published.Keep(c.Message));
                e.Handler<HandoverReverted>(c => published.Keep(c.Message));
                e.Handler<CredentialDepositDue>(c => published.Keep(c.Message));
                e.Handler<CredentialDepositEscalated>(c => published.Keep(c.Message));
                e.Handler<CredentialRotationRequired>(c => published.Keep(c.Message));
                e.Handler<ReviewDue>(c => published.Keep(c.Message));
                e.Handler<ReviewEscalated>(c => published.Keep(c.Message));
                e.Handler<ReviewCompleted>(c => published.Keep(c.Message));
            });
        });
        await published.bus.StartAsync();
        return published;
    }

    private Task Keep(object message)
    {
        messages.Enqueue(message);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
