using AccountGov.EventSourcing.Forwarding;
using JasperFx.Events;

namespace AccountGov.Shared.UnitTests;

public class PageStreamsTests
{
    private sealed record Ping(int N);

    private static (IEvent, string) At(Guid stream, long sequence) =>
        (new Event<Ping>(new Ping((int)sequence)) { StreamId = stream, Sequence = sequence }, $"{stream}:{sequence}");

    [Fact]
    public void GivenInterleavedStreams_WhenSplit_ThenEachStreamKeepsCommitOrderAndStreamsKeepFirstSeenOrder()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        var page = new[] { At(b, 2), At(a, 1), At(c, 6), At(a, 4), At(b, 3), At(a, 5) };

        var streams = PageStreams.InOrder(page);

        Assert.Equal(3, streams.Count);
        Assert.Equal([1L, 4L, 5L], streams[0].Select(s => s.Event.Sequence));
        Assert.All(streams[0], s => Assert.Equal(a, s.Event.StreamId));
        Assert.Equal([2L, 3L], streams[1].Select(s => s.Event.Sequence));
        Assert.Equal([6L], streams[2].Select(s => s.Event.Sequence));
    }

    [Fact]
    public void GivenStringKeyedStreams_WhenSplit_ThenTheKeyGroupsThem()
    {
        IEvent Keyed(string key, long sequence) => new Event<Ping>(new Ping((int)sequence)) { StreamKey = key, Sequence = sequence };
        var page = new[] { (Keyed("x", 1), 1), (Keyed("y", 2), 2), (Keyed("x", 3), 3) };

        var streams = PageStreams.InOrder(page);

        Assert.Equal([[1, 3], [2]], streams.Select(s => s.Select(m => m.Message).ToArray()).ToArray());
    }
}
