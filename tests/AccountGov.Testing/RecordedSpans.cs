using System.Collections.Concurrent;
using System.Diagnostics;

namespace AccountGov.Testing;

/// <summary>
/// Every span any source in this process stops while it is alive, for trace tests. Spans of tests running beside
/// it are recorded too: filter by the trace id the test sent.
/// </summary>
public sealed class RecordedSpans : IDisposable
{
    private readonly ConcurrentBag<Activity> spans = new();
    private readonly ActivityListener listener;

    public RecordedSpans()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
    }

    public IEnumerable<Activity> InTrace(ActivityTraceId traceId) => spans.Where(s => s.TraceId == traceId);

    /// <summary>A traceparent header value that starts a new trace, and that trace's id.</summary>
    public static (ActivityTraceId TraceId, string TraceParent) NewTrace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        return (traceId, $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
    }

    public void Dispose() => listener.Dispose();
}
