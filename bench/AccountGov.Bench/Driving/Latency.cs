using System.Diagnostics;
using HdrHistogram;

namespace AccountGov.Bench.Driving;

/// <summary>Latencies in microseconds (1 µs to 10 minutes, 3 significant digits), safe to record from many tasks.</summary>
public sealed class Latency
{
    private readonly LongHistogram histogram = new(TimeSpan.FromMinutes(10).Ticks / 10, 3);
    private readonly Lock gate = new();

    public long Count { get { lock (gate) return histogram.TotalCount; } }

    public void Record(TimeSpan elapsed)
    {
        var micros = Math.Clamp(elapsed.Ticks / 10, 1, histogram.HighestTrackableValue);
        lock (gate) histogram.RecordValue(micros);
    }

    public void Since(long startTimestamp) => Record(Stopwatch.GetElapsedTime(startTimestamp));

    /// <summary>The percentile in milliseconds (0 when nothing was recorded).</summary>
    public double Ms(double percentile)
    {
        lock (gate) return histogram.TotalCount == 0 ? 0 : histogram.GetValueAtPercentile(percentile) / 1000.0;
    }
}
