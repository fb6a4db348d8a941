using System.Diagnostics.Metrics;
using AccountGov.ServiceDefaults.Telemetry;

namespace AccountGov.Notifications.Api.Sending;

/// <summary>Counters on the "AccountGov" meter, which ServiceDefaults exports: emails sent, failed for good, and retried.</summary>
public sealed class EmailMetrics : IDisposable
{
    private readonly Meter meter = new(TelemetrySetup.AccountGovSource);

    public EmailMetrics()
    {
        Sent = meter.CreateCounter<long>("accountgov.notifications.emails.sent", description: "Emails the mail service accepted");
        Failed = meter.CreateCounter<long>("accountgov.notifications.emails.failed", description: "Emails given up on, with the reason recorded");
        Retried = meter.CreateCounter<long>("accountgov.notifications.emails.retried", description: "Attempts that failed and were scheduled again");
    }

    public Counter<long> Sent { get; }
    public Counter<long> Failed { get; }
    public Counter<long> Retried { get; }

    public void Dispose() => meter.Dispose();
}
