using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AccountGov.ServiceDefaults.Telemetry;

namespace AccountGov.EventSourcing.Messaging;

/// <summary>
/// Messages parked beside this service's receive queues: <c>_error</c> (a consumer kept failing) and <c>_skipped</c>
/// (no consumer knows the type, e.g. a newer publisher during a rolling deploy). The readiness probe counts them and
/// this gauge reports the last count per queue, so a dashboard can alert on poison instead of it vanishing.
/// </summary>
public sealed class ParkedMessages
{
    public static readonly string[] Suffixes = ["_error", "_skipped"];

    private readonly ConcurrentDictionary<string, long> counts = new();

    public ParkedMessages(IMeterFactory meters) =>
        meters.Create(TelemetrySetup.AccountGovSource).CreateObservableGauge(
            "accountgov.messaging.parked_messages",
            () => counts.Select(c => new Measurement<long>(c.Value, new KeyValuePair<string, object?>("queue", c.Key))),
            "{message}", "Messages waiting in this service's _error and _skipped queues, as of the last readiness probe.");

    public void Record(string queue, long count) => counts[queue] = count;
}
