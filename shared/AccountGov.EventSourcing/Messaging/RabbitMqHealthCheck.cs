using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AccountGov.EventSourcing.Messaging;

/// <summary>
/// Readiness asks the broker itself, over one connection per probe: Unhealthy when it cannot be reached
/// (MassTransit's bus check stays healthy on a host without receive endpoints even while the broker is down, and
/// the forwarder needs the broker to publish); Degraded, with names and counts, when messages wait in this
/// service's <c>_error</c> or <c>_skipped</c> queues, so an operator sees them and can replay them once fixed
/// (docs/operations.md). The counts also feed <see cref="ParkedMessages"/>.
/// </summary>
internal sealed class RabbitMqHealthCheck(RabbitMqOptions options, ReceiveQueues queues, ParkedMessages parked) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        IConnection connection;
        try
        {
            connection = await Factory(options).CreateConnectionAsync("accountgov-readiness", ct);
        }
        catch (Exception)
        {
            return HealthCheckResult.Unhealthy("RabbitMQ is unreachable.");
        }

        await using (connection)
        {
            var waiting = new Dictionary<string, uint>();
            foreach (var queue in queues.Names.SelectMany(q => ParkedMessages.Suffixes.Select(s => q + s)))
            {
                var count = await CountAsync(connection, queue, ct);
                parked.Record(queue, count);
                if (count > 0) waiting[queue] = count;
            }
            return waiting.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded("Messages in error or skipped queues: " + string.Join(", ", waiting.Select(c => $"{c.Key}: {c.Value}")));
        }
    }

    private static async Task<uint> CountAsync(IConnection connection, string queue, CancellationToken ct)
    {
        // A passive declare of a queue that does not exist closes the channel, so each gets its own.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, ct)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0; // Not created yet: nothing has ever been parked there.
        }
    }

    private static ConnectionFactory Factory(RabbitMqOptions options) => new()
    {
        HostName = options.Host,
        Port = options.Port,
        VirtualHost = options.VirtualHost,
        UserName = options.Username,
        Password = options.Password,
        RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
        AutomaticRecoveryEnabled = false,
    };
}
