using Marten;

namespace AccountGov.EventSourcing.Writing;

/// <summary>
/// The one retry loop for a write decided again on fresh state after losing a race (or a transient fault). Each
/// attempt has its own session, so nothing staged by a failed attempt leaks into the next; a short random pause
/// keeps two racers from colliding again at once. Used by <see cref="LatestWins"/>, the audited reveal and the HR
/// reconciler, each saying which failures it may decide again.
/// </summary>
public static class FreshSession
{
    public static async Task<T> Retry<T>(
        ISessionFactory sessions, Func<IDocumentSession, Task<T>> work, Func<Exception, bool> retryable, int attempts, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = sessions.OpenSession();
            try
            {
                return await work(session);
            }
            catch (Exception ex) when (attempt < attempts && retryable(ex))
            {
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), ct);
            }
        }
    }
}
