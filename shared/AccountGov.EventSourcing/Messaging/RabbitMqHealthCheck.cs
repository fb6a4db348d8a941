using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace AccountGov.EventSourcing.Messaging;

/// <summary>
/// Readiness asks the broker itself: MassTransit's bus check stays healthy on a host without receive
/// endpoints even while the broker is down, and the forwarder needs the broker to publish.
/// </summary>
internal sealed class RabbitMqHealthCheck(RabbitMqOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var connection = await Factory(options).CreateConnectionAsync("accountgov-readiness", ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception)
        {
            return HealthCheckResult.Unhealthy("RabbitMQ is unreachable.");
        }
    }

    public static ConnectionFactory Factory(RabbitMqOptions options) => new()
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
