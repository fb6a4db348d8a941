using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AccountGov.EventSourcing.Metrics;

/// <summary>
/// Samples every <see cref="SampledGauge"/> every <c>Telemetry:GaugeInterval</c> (30 s by default). Each replica
/// samples the same database, so every replica reports the same value: aggregate these gauges with max, not sum.
/// A failed sample keeps the last value and is logged by gauge name only.
/// </summary>
internal sealed partial class GaugeSampler(
    SampledGauges gauges, IDocumentStore store, IConfiguration configuration, TimeProvider clock, ILogger<GaugeSampler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Telemetry:GaugeInterval", TimeSpan.FromSeconds(30));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await SampleAllAsync(stoppingToken);
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SampleAllAsync(CancellationToken ct)
    {
        foreach (var (gauge, error) in await gauges.SampleAsync(store, ct))
            LogSampleFailed(gauge, error.GetType().Name);
    }

    [LoggerMessage(LogLevel.Warning, "Could not sample the gauge {Gauge} ({Error}); it keeps its last value.")]
    private partial void LogSampleFailed(string gauge, string error);
}
