using System.Collections.Concurrent;
using MassTransit;

namespace AccountGov.EventSourcing.Messaging;

/// <summary>Remembers this service's receive queues as MassTransit starts them, so their error queues can be counted.</summary>
public sealed class ReceiveQueues : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, byte> queues = new();

    public IReadOnlyCollection<string> Names => queues.Keys.ToArray();

    public Task Ready(ReceiveEndpointReady ready)
    {
        queues.TryAdd(ready.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Last(), 0);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;
    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;
    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
