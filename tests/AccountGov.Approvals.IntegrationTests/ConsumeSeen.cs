using MassTransit;

namespace AccountGov.Approvals.IntegrationTests;

/// <summary>
/// Completes when a host's bus hands a matching message to its consumer: the positive signal that a message was
/// received, so a test orders two messages without sleeping between them.
/// </summary>
public sealed class ConsumeSeen<T>(Func<T, bool> match) : IConsumeMessageObserver<T> where T : class
{
    private readonly TaskCompletionSource seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static ConsumeSeen<T> On(IBus bus, Func<T, bool> match, out ConnectHandle handle)
    {
        var observer = new ConsumeSeen<T>(match);
        handle = bus.ConnectConsumeMessageObserver(observer);
        return observer;
    }

    public Task Task => seen.Task.WaitAsync(TimeSpan.FromSeconds(60));

    public Task PreConsume(ConsumeContext<T> context)
    {
        if (match(context.Message)) seen.TrySetResult();
        return Task.CompletedTask;
    }

    public Task PostConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
