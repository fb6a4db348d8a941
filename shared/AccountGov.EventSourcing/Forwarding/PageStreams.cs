using JasperFx.Events;

namespace AccountGov.EventSourcing.Forwarding;

/// <summary>
/// A page's outgoing messages split by stream: each stream's in commit (sequence) order, the streams in the order
/// of their first event. Events of one stream must reach the broker in order; events of different streams need not.
/// </summary>
public static class PageStreams
{
    public static List<List<(IEvent Event, T Message)>> InOrder<T>(IEnumerable<(IEvent Event, T Message)> outgoing)
    {
        var streams = new List<List<(IEvent, T)>>();
        var byKey = new Dictionary<string, List<(IEvent, T)>>(StringComparer.Ordinal);
        foreach (var item in outgoing.OrderBy(o => o.Event.Sequence))
        {
            var key = item.Event.StreamKey ?? item.Event.StreamId.ToString();
            if (!byKey.TryGetValue(key, out var stream))
            {
                byKey[key] = stream = [];
                streams.Add(stream);
            }
            stream.Add(item);
        }
        return streams;
    }
}
