namespace AccountGov.Testing;

/// <summary>
/// Waits for an asynchronous effect (a message consumed, a projection caught up). The limit is a generous cap
/// against hanging, not a performance assertion: performance is measured in bench/.
/// </summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, Func<T?, bool>? until = null, TimeSpan? within = null, string? what = null)
    {
        until ??= v => v is not null;
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        T? last = default;
        while (DateTime.UtcNow < deadline)
        {
            last = await probe();
            if (until(last)) return last!;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Gave up waiting for {what ?? "the condition"}; last value: {last}");
    }

    public static Task True(Func<Task<bool>> probe, TimeSpan? within = null, string? what = null) =>
        Get<object>(async () => await probe() ? true : null, within: within, what: what);
}
