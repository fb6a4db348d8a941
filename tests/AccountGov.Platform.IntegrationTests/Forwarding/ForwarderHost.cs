using System.Collections.Concurrent;
using AccountGov.EventSourcing.Consuming;
using AccountGov.EventSourcing.Forwarding;
using AccountGov.EventSourcing.Marten;
using AccountGov.EventSourcing.Messaging;
using AccountGov.Testing;
using JasperFx.Events;
using JasperFx.Events.Subscriptions;
using Marten;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace AccountGov.Platform.IntegrationTests.Forwarding;

public sealed record PingRecorded(Guid StreamId, int N);
public sealed record PoisonRecorded(Guid StreamId);

public sealed record Pinged(Guid StreamId, int N);

/// <summary>A message whose consumer always fails, to watch it land in the error queue.</summary>
public sealed record Doomed(Guid Id);

public sealed class DoomedConsumer : IConsumer<Doomed>
{
    public Task Consume(ConsumeContext<Doomed> context) => throw new InvalidOperationException("This message can never be handled.");
}

/// <summary>What the test consumer saw, in arrival order.</summary>
public sealed class Received
{
    public ConcurrentQueue<(Guid MessageId, Pinged Message)> Messages { get; } = new();
}

public sealed class TestForwarder(IBus bus, ILogger<TestForwarder> logger) : EventForwarder(bus, logger)
{
    public static void Subscribe(ISubscriptionOptions o)
    {
        o.IncludeType<PingRecorded>();
        o.IncludeType<PoisonRecorded>();
    }

    protected override object? ToMessage(IEvent @event) => @event.Data switch
    {
        PingRecorded e => new Pinged(e.StreamId, e.N),
        PoisonRecorded => throw new InvalidOperationException("This event cannot be mapped."),
        _ => null,
    };
}

public sealed class PingedConsumer(IDocumentSession session, TimeProvider clock, ILogger<PingedConsumer> logger, Received received)
    : IdempotentConsumer<Pinged>(session, clock, logger)
{
    protected override Task Handle(Pinged message, ConsumeContext<Pinged> context)
    {
        received.Messages.Enqueue((context.MessageId!.Value, message));
        return Task.CompletedTask;
    }
}

/// <summary>A bare host with only the shared event pipeline: a forwarder and a consumer on one vhost.</summary>
public sealed class ForwarderHost : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public Received Received => App.Services.GetRequiredService<Received>();
    public IDocumentStore Store => App.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("forwarder");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        foreach (var (key, value) in Environment.SettingsFor("forwarder")) builder.Configuration[key] = value;
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Received>();
        builder.AddAccountGovMarten(_ => { })
            .AddSubscriptionWithServices<TestForwarder>(ServiceLifetime.Singleton, TestForwarder.Subscribe);
        // One at a time, so arrival order at the consumer is the publish order the forwarder promises.
        builder.AddAccountGovBus("forwarder-test", x =>
        {
            x.AddConsumer<PingedConsumer>().Endpoint(e => e.ConcurrentMessageLimit = 1);
            x.AddConsumer<DoomedConsumer>();
        });
        App = builder.Build();
        await App.StartAsync();
        // The bus starts in the background: a message published before its queue is bound is dropped, so no test
        // may publish until every receive endpoint is bound (the "bus" readiness check turns Healthy).
        var health = App.Services.GetRequiredService<HealthCheckService>();
        await Eventually.True(async () => (await health.CheckHealthAsync(c => c.Name == "bus")).Status == HealthStatus.Healthy,
            within: TimeSpan.FromMinutes(2), what: "the bus to bind its receive endpoints");
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
