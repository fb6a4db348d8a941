using AccountGov.EventSourcing.Metrics;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace AccountGov.EventSourcing.Metrics;

/// <summary>Gauges every event-sourced service has: how far each forwarder and projection is behind, and dead letters.</summary>
public static class StoreGauges
{
    public const string ForwarderLag = "accountgov.forwarder.lag";
    public const string DeadLetters = "accountgov.forwarder.dead_letters";

    public static void AddStoreGauges(this IServiceCollection services)
    {
        services.AddSampledGauge(new SampledGauge(ForwarderLag, "{event}",
            "Events committed but not yet processed, per subscription or projection (tag subscription).",
            async (store, ct) =>
            {
                var shards = await store.Advanced.AllProjectionProgress(token: ct);
                var high = shards.FirstOrDefault(s => s.ShardName == "HighWaterMark")?.Sequence
                           ?? (await store.Advanced.FetchEventStoreStatistics(token: ct)).EventSequenceNumber;
                return shards.Where(s => s.ShardName != "HighWaterMark")
                    .Select(s => (Math.Max(0, high - s.Sequence), (string?)"subscription", (string?)s.ShardName))
                    .ToList();
            }));
        services.AddSampledGauge(DeadLetters, "{event}",
            "Events the forwarder could not map or publish (mt_doc_deadletterevent); replay per docs/operations.md.",
            (session, ct) => session.Query<DeadLetterEvent>().LongCountAsync(ct));
    }
}
