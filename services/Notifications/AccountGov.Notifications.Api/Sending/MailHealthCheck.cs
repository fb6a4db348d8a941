using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AccountGov.Notifications.Api.Sending;

/// <summary>
/// Readiness names the mail service and whether it answers. Degraded, not Unhealthy, when it does not: messages are
/// still consumed and their emails kept until it is back, so the service should stay in rotation.
/// </summary>
public sealed class MailHealthCheck(IMailSender sender) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var problem = await sender.ProbeAsync(timeout.Token);
        return problem is null ? HealthCheckResult.Healthy($"{sender.Name} answers.") : HealthCheckResult.Degraded(problem);
    }
}
