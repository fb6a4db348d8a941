using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AccountGov.EventSourcing.Messaging;

/// <summary>Remembers this service's receive queues as MassTransit starts them, so their error queues can be counted.</summary>
public sealed class ReceiveQueues : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, byte> queues = new();

    public IReadOnlyCollection<string> Names => queues.Keys.ToArray();

    public Task Ready(ReceiveEndpointReady ready)
    {
        queues.TryAdd(ready.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Last(), 0);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;
    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;
    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}

/// <summary>
/// A message that kept failing sits in its endpoint's <c>_error</c> queue. Readiness counts them (Degraded, with
/// the queue names and counts) so an operator sees them and can move them back once the cause is fixed.
/// </summary>
internal sealed class ErrorQueueHealthCheck(RabbitMqOptions options, ReceiveQueues queues) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var connection = await RabbitMqHealthCheck.Factory(options).CreateConnectionAsync("accountgov-error-queues", ct);
            var counts = new Dictionary<string, uint>();
            foreach (var queue in queues.Names)
            {
                // A passive declare of a queue that does not exist closes the channel, so each gets its own.
                await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
                try
                {
                    var declared = await channel.QueueDeclarePassiveAsync($"{queue}_error", ct);
                    if (declared.MessageCount > 0) counts[$"{queue}_error"] = declared.MessageCount;
                }
                catch (OperationInterruptedException)
                {
                    // No error queue yet: nothing has ever failed there.
                }
            }
            return counts.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded(string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}")));
        }
        catch (Exception)
        {
            return HealthCheckResult.Unhealthy("The error queues could not be read.");
        }
    }
}
