using System.Diagnostics.Metrics;
using System.Text;
using AccountGov.Approvals.Api;
using AccountGov.EventSourcing.Messaging;
using AccountGov.Testing;
using RabbitMQ.Client;

namespace AccountGov.Platform.IntegrationTests;

/// <summary>
/// A message of a type no consumer knows (a newer publisher, a misroute) is moved by MassTransit to the queue's
/// <c>_skipped</c> queue. It must not vanish there: readiness reports Degraded with the count, and so does the gauge.
/// </summary>
public sealed class PoisonVisibilityTests : IAsyncLifetime
{
    private TestEnvironment environment = null!;
    private ServiceHost<ApprovalsApi> approvals = null!;

    public async Task InitializeAsync()
    {
        environment = await TestEnvironment.CreateAsync("poison");
        approvals = new ServiceHost<ApprovalsApi>(environment, ApprovalsModule.ServiceName);
        await approvals.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await approvals.DisposeAsync();
        await environment.DisposeAsync();
    }

    [Fact]
    public async Task GivenAnUnknownMessageTypeOnAServiceQueue_WhenSkipped_ThenReadinessIsDegradedWithTheCountAndTheGaugeHasIt()
    {
        var queue = approvals.Get<ReceiveQueues>().Names.Order().First();
        await PublishUnknownTypeTo(queue);

        var client = approvals.CreateClient();
        var body = await Eventually.Get(async () => await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync(),
            until: b => b!.Contains($"{queue}_skipped: 1"), what: "the skipped message to be counted");
        Assert.Contains("\"status\":\"Degraded\"", body);

        using var gauge = new MeterListener();
        var seen = new Dictionary<string, long>();
        gauge.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, approvals.Get<IMeterFactory>()) && instrument.Name == "accountgov.messaging.parked_messages")
                l.EnableMeasurementEvents(instrument);
        };
        gauge.SetMeasurementEventCallback<long>((_, value, tags, _) => seen[(string)tags[0].Value!] = value);
        gauge.Start();
        gauge.RecordObservableInstruments();
        Assert.Equal(1, seen[$"{queue}_skipped"]);
        Assert.Equal(0, seen[$"{queue}_error"]);
    }

    /// <summary>A well-formed MassTransit envelope whose message type no consumer in AccountGov handles.</summary>
    private async Task PublishUnknownTypeTo(string queue)
    {
        var settings = environment.SettingsFor("publisher");
        var factory = new ConnectionFactory
        {
            HostName = settings["RabbitMq:Host"]!, Port = int.Parse(settings["RabbitMq:Port"]!), VirtualHost = environment.VirtualHost,
            UserName = settings["RabbitMq:Username"]!, Password = settings["RabbitMq:Password"]!,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var envelope = $$$"""
            {"messageId":"{{{Guid.NewGuid()}}}","messageType":["urn:message:accountgov:from-the-future:v9"],"message":{"x":1}}
            """;
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", Persistent = true };
        await channel.BasicPublishAsync("", queue, true, properties, Encoding.UTF8.GetBytes(envelope));
    }
}
