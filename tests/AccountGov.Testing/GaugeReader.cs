using System.Diagnostics.Metrics;

namespace AccountGov.Testing;

/// <summary>Reads the current values of one host's observable instruments (its own IMeterFactory), by tag value.</summary>
public static class GaugeReader
{
    /// <summary>Every measurement of <paramref name="name"/>: key is the first tag's value, or "" when untagged.</summary>
    public static IReadOnlyDictionary<string, long> Read(IMeterFactory host, string name)
    {
        var seen = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, host) && instrument.Name == name) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => seen[tags.Length == 0 ? "" : (string)tags[0].Value!] = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return seen;
    }
}
