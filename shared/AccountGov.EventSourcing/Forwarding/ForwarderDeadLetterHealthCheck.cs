using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AccountGov.EventSourcing.Forwarding;

/// <summary>Makes dead-lettered events visible: the service stays ready but reports Degraded with the count.</summary>
internal sealed class ForwarderDeadLetterHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var session = store.QuerySession();
            var count = await session.Query<DeadLetterEvent>().CountAsync(ct);
            return count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded($"{count} event(s) dead-lettered; see mt_doc_deadletterevent.");
        }
        catch (Exception)
        {
            return HealthCheckResult.Unhealthy("The dead-letter store could not be read.");
        }
    }
}
