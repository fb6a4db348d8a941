using AccountGov.ServiceDefaults.Errors;
using Marten;

namespace AccountGov.EventSourcing.Writing;

/// <summary>
/// A person's write sent without If-Match means "to the record as it is now", so losing a race to another writer
/// (a background commit on the same stream, say) is decided again on fresh state instead of answered 412, which
/// would name a precondition the caller never set. With If-Match the caller asked for that version: one attempt.
/// Each attempt has its own session, so nothing staged by a lost attempt can leak into the next.
/// </summary>
public static class LatestWins
{
    private const int Attempts = 4;

    public static Task<T> Write<T>(ISessionFactory sessions, long? expectedVersion, Func<IDocumentSession, Task<T>> write) =>
        FreshSession.Retry(sessions, write, ex => expectedVersion is null && ex is StaleVersion, Attempts, CancellationToken.None);
}
