using System.Text;
using AccountGov.Testing;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace AccountGov.Notifications.IntegrationTests;

/// <summary>Messages Notifications cannot read, or that lack whom to tell, end in the error queue and reach nobody.</summary>
public class BadMessageTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    private const string Queue = "notifications-request-submitted";

    [Fact]
    public async Task GivenASubmissionWithoutASponsorAndAnUnreadableBody_WhenDelivered_ThenBothGoToTheErrorQueueAndNoEmailIsStaged()
    {
        var requestId = Guid.NewGuid();
        var handle = Messages.Handle(requestId);
        // Sent to the queue: its message type is RequestSubmitted's URN, so the consumer reads it as one.
        var queue = await fixture.Host.Get<IBus>().GetSendEndpoint(new Uri($"queue:{Queue}"));
        await queue.Send(new SubmissionWithoutSponsor(requestId, 1, "Paediatric Physiotherapy", "Instagram", handle));
        await SendRaw("{ this is not json");

        var health = fixture.Host.Get<HealthCheckService>();
        var report = await Eventually.Get(async () => await health.CheckHealthAsync(c => c.Name == "rabbitmq"),
            until: r => r!.Entries["rabbitmq"].Description?.Contains($"{Queue}_error: 2") == true,
            within: TimeSpan.FromMinutes(2), what: "both messages in the error queue");

        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.Empty(await fixture.Emails(_ => true));
        Assert.Empty(fixture.Smtp.About(handle));
    }

    private async Task SendRaw(string body)
    {
        var settings = fixture.Environment.SettingsFor("raw");
        var factory = new ConnectionFactory
        {
            HostName = settings["RabbitMq:Host"]!, Port = int.Parse(settings["RabbitMq:Port"]!), VirtualHost = fixture.Environment.VirtualHost,
            UserName = settings["RabbitMq:Username"]!, Password = settings["RabbitMq:Password"]!,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = Guid.NewGuid().ToString() };
        await channel.BasicPublishAsync("", Queue, false, properties, Encoding.UTF8.GetBytes(body));
    }
}

/// <summary>A RequestSubmitted as a faulty producer might send it: the same message type, no people on it.</summary>
[MessageUrn("accountgov:account-requests:request-submitted:v1")]
public sealed record SubmissionWithoutSponsor(Guid RequestId, int Revision, string Team, string Platform, string Handle);
