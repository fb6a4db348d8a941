using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AccountGov.ServiceDefaults.Telemetry;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace AccountGov.EventSourcing.Metrics;

/// <summary>
/// A business gauge read from the event store (open handovers, forwarder lag, ...). Observable instruments are
/// read on the exporter's thread, where a database query does not belong, so <see cref="GaugeSampler"/> queries
/// every gauge on its own schedule and the instrument reports the last sample.
/// </summary>
public sealed record SampledGauge(
    string Name, string Unit, string Description,
    Func<IDocumentStore, CancellationToken, Task<IReadOnlyList<(long Value, string? TagKey, string? TagValue)>>> Sample);

/// <summary>The last sample of every gauge, published on the <c>AccountGov</c> meter.</summary>
public sealed class SampledGauges
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<(long Value, string? TagKey, string? TagValue)>> last = new();

    public SampledGauges(IMeterFactory meters, IEnumerable<SampledGauge> gauges)
    {
        Gauges = gauges.ToList();
        var meter = meters.Create(TelemetrySetup.AccountGovSource);
        foreach (var gauge in Gauges)
            meter.CreateObservableGauge(gauge.Name, () => Measurements(gauge.Name), gauge.Unit, gauge.Description);
    }

    public IReadOnlyList<SampledGauge> Gauges { get; }

    /// <summary>Samples every gauge once; returns the names of those that failed, which keep their last value.</summary>
    public async Task<IReadOnlyList<(string Gauge, Exception Error)>> SampleAsync(IDocumentStore store, CancellationToken ct)
    {
        var failed = new List<(string, Exception)>();
        foreach (var gauge in Gauges)
        {
            try
            {
                last[gauge.Name] = await gauge.Sample(store, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                failed.Add((gauge.Name, e));
            }
        }
        return failed;
    }

    private IEnumerable<Measurement<long>> Measurements(string name) =>
        (last.GetValueOrDefault(name) ?? []).Select(v => v.TagKey is null
            ? new Measurement<long>(v.Value)
            : new Measurement<long>(v.Value, new KeyValuePair<string, object?>(v.TagKey, v.TagValue)));
}

public static class SampledGaugeRegistration
{
    /// <summary>A gauge with one value, read by <paramref name="sample"/> from the event store.</summary>
    public static IServiceCollection AddSampledGauge(this IServiceCollection services, string name, string unit, string description,
        Func<IQuerySession, CancellationToken, Task<long>> sample)
    {
        AddSampler(services);
        return services.AddSingleton(new SampledGauge(name, unit, description, async (store, ct) =>
        {
            await using var session = store.QuerySession();
            return [(await sample(session, ct), null, null)];
        }));
    }

    /// <summary>A gauge with one value per tag value (a subscription, a queue).</summary>
    public static IServiceCollection AddSampledGauge(this IServiceCollection services, SampledGauge gauge)
    {
        AddSampler(services);
        return services.AddSingleton(gauge);
    }

    private static void AddSampler(IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(SampledGauges))) return;
        services.AddSingleton<SampledGauges>();
        services.AddHostedService<GaugeSampler>();
    }
}
