using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AccountGov.EventSourcing.Messaging;

/// <summary>
/// The bus's part of readiness. Until the bus has once bound every receive endpoint the service is not ready
/// (Unhealthy): a message published before its queue exists is dropped, and the topology is not there yet. After
/// that, a broker outage is Degraded, not Unhealthy: requests still write to the event store, and the forwarder
/// publishes what waited once the broker is back, so taking the API out of service would only refuse work.
/// </summary>
internal sealed class BusReadinessCheck(IBusControl bus) : IHealthCheck
{
    private volatile bool boundOnce;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var health = bus.CheckHealth();
        if (health.Status == BusHealthStatus.Healthy)
        {
            boundOnce = true;
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        return Task.FromResult(boundOnce
            ? HealthCheckResult.Degraded("The broker is unreachable: writes go on, and the forwarder publishes them when it is back.")
            : HealthCheckResult.Unhealthy("The bus has not yet bound its receive endpoints."));
    }
}
