using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AccountGov.EventSourcing.Messaging;

/// <summary>
/// Readiness asks the broker itself, over one connection that probes reuse (a connection per probe would churn the
/// broker every few seconds per replica): Degraded, with names and counts, when messages wait in this service's
/// <c>_error</c> or <c>_skipped</c> queues, so an operator sees them and can replay them once fixed
/// (docs/operations.md); Degraded too when the broker cannot be reached, since writes go on without it (the bus
/// check, <see cref="BusReadinessCheck"/>, says whether the service was ever wired up). The counts feed
/// <see cref="ParkedMessages"/>.
/// </summary>
internal sealed class RabbitMqHealthCheck(RabbitMqOptions options, ReceiveQueues queues, ParkedMessages parked)
    : IHealthCheck, IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IConnection? connection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            var open = await OpenAsync(ct);
            var waiting = new Dictionary<string, uint>();
            foreach (var queue in queues.Names.SelectMany(q => ParkedMessages.Suffixes.Select(s => q + s)))
            {
                var count = await CountAsync(open, queue, ct);
                parked.Record(queue, count);
                if (count > 0) waiting[queue] = count;
            }
            return waiting.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded("Messages in error or skipped queues: " + string.Join(", ", waiting.Select(c => $"{c.Key}: {c.Value}")));
        }
        catch (Exception)
        {
            // A hung or broken connection is dropped either way, so the next probe starts afresh.
            await CloseAsync();
            if (ct.IsCancellationRequested) throw;
            return HealthCheckResult.Degraded("RabbitMQ is unreachable.");
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The reused connection, or a new one when there is none or the broker closed it.</summary>
    private async Task<IConnection> OpenAsync(CancellationToken ct)
    {
        if (connection is { IsOpen: true }) return connection;
        await CloseAsync();
        connection = await Factory(options).CreateConnectionAsync("accountgov-readiness", ct);
        return connection;
    }

    private async Task CloseAsync()
    {
        var old = Interlocked.Exchange(ref connection, null);
        if (old is null) return;
        try { await old.DisposeAsync(); }
        catch (Exception) { /* A connection that broke cannot close cleanly; it is gone either way. */ }
    }

    private static async Task<uint> CountAsync(IConnection connection, string queue, CancellationToken ct)
    {
        // A passive declare of a queue that does not exist closes the channel, so each gets its own.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, ct)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
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

    public async ValueTask DisposeAsync() => await CloseAsync();
}
