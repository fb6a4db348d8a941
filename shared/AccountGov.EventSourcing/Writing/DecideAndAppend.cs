using AccountGov.ServiceDefaults.Errors;
using JasperFx;
using JasperFx.Events;
using Marten;
using Marten.Exceptions;

namespace AccountGov.EventSourcing.Writing;

/// <summary>
/// The one write path: load the aggregate for writing (checking the caller's expected version when given),
/// run a pure decision, append what it decided, commit. Concurrency surfaces as <see cref="StaleVersion"/>
/// (412); the decision's own refusals (<see cref="RuleViolation"/>, <see cref="AccessDenied"/>) pass through.
/// Several streams decided together go through <see cref="Append"/> in one commit.
/// </summary>
public static class DecideAndAppend
{
    /// <summary>Decides on one stream and returns its new version.</summary>
    public static async Task<long> Decide<T>(
        this IDocumentSession session, Guid id, long? expectedVersion, Func<T, IReadOnlyList<object>> decide,
        CancellationToken ct) where T : class =>
        (await DecideCore<T>(session, id, expectedVersion, s => Task.FromResult(decide(s)), ct)).Version;

    /// <summary>
    /// Decides on one stream for work no person asked for (a sweep, a clock), where what matters is what was
    /// recorded: returns the events appended, none when the decision had nothing to say.
    /// </summary>
    public static async Task<IReadOnlyList<object>> Record<T>(
        this IDocumentSession session, Guid id, Func<T, IReadOnlyList<object>> decide, CancellationToken ct) where T : class =>
        (await DecideCore<T>(session, id, null, s => Task.FromResult(decide(s)), ct)).Events;

    /// <summary>Decides on one stream and returns the aggregate after the decided events with its new version.</summary>
    public static Task<Written<T>> Write<T>(
        this IDocumentSession session, Guid id, long? expectedVersion, Func<T, IReadOnlyList<object>> decide,
        CancellationToken ct) where T : class, IEvolving<T> =>
        session.Write<T>(id, expectedVersion, s => Task.FromResult(decide(s)), ct);

    /// <summary>
    /// As <see cref="Write{T}(IDocumentSession,Guid,long?,Func{T,IReadOnlyList{object}},CancellationToken)"/>, for a
    /// decision that stages documents of its own on the session (they commit with the events, or not at all).
    /// </summary>
    public static async Task<Written<T>> Write<T>(
        this IDocumentSession session, Guid id, long? expectedVersion, Func<T, Task<IReadOnlyList<object>>> decide,
        CancellationToken ct) where T : class, IEvolving<T>
    {
        var (before, events, version) = await DecideCore(session, id, expectedVersion, decide, ct);
        return new Written<T>(before.Fold(events), version);
    }

    /// <summary>Starts a stream. A second start of the same id is refused by the database (409).</summary>
    public static async Task<long> Start<T>(
        this IDocumentSession session, Guid id, IReadOnlyList<object> events, CancellationToken ct) where T : class
    {
        session.Events.StartStream<T>(id, events.ToArray());
        try
        {
            await CommitRules.SaveAsync(session, ct);
        }
        catch (Exception ex) when (IsStreamCollision(ex))
        {
            throw new RuleViolation($"{typeof(T).Name} already exists.");
        }
        return events.Count;
    }

    /// <summary>Stages appends to several streams, each checked against its expected version; commits nothing.</summary>
    public static void Stage(this IDocumentSession session, IEnumerable<StreamAppend> appends)
    {
        foreach (var append in appends.Where(a => a.Events.Count > 0))
        {
            if (append.ExpectedVersion == 0)
            {
                if (append.StartAs is { } type) session.Events.StartStream(type, append.StreamId, append.Events.ToArray());
                else session.Events.StartStream(append.StreamId, append.Events.ToArray());
            }
            else session.Events.Append(append.StreamId, append.ExpectedVersion + append.Events.Count, append.Events.ToArray());
        }
    }

    /// <summary>Appends to several streams in one commit; any stream not at its expected version fails it all (412).</summary>
    public static async Task Append(this IDocumentSession session, IReadOnlyList<StreamAppend> appends, CancellationToken ct)
    {
        session.Stage(appends);
        await Commit(session, ct);
    }

    public static async Task<IEventStream<T>> Fetch<T>(
        IDocumentSession session, Guid id, long? expectedVersion, CancellationToken ct) where T : class
    {
        try
        {
            return expectedVersion is { } version
                ? await session.Events.FetchForWriting<T>(id, version, ct)
                : await session.Events.FetchForWriting<T>(id, ct);
        }
        catch (ConcurrencyException)
        {
            throw new StaleVersion($"The {typeof(T).Name} is not at version {expectedVersion}; read it again.");
        }
    }

    public static async Task Commit(IDocumentSession session, CancellationToken ct)
    {
        try
        {
            await CommitRules.SaveAsync(session, ct);
        }
        catch (Exception ex) when (ex is ConcurrencyException or EventStreamUnexpectedMaxEventIdException || IsStreamCollision(ex))
        {
            // Someone else appended between our read and our commit: their decision stands, ours is not written.
            throw new StaleVersion("The resource changed while your action was being applied; read it again.");
        }
    }

    private static async Task<(T Before, IReadOnlyList<object> Events, long Version)> DecideCore<T>(
        IDocumentSession session, Guid id, long? expectedVersion, Func<T, Task<IReadOnlyList<object>>> decide,
        CancellationToken ct) where T : class
    {
        var stream = await Fetch<T>(session, id, expectedVersion, ct);
        if (stream.Aggregate is not { } before) throw new NotFound(typeof(T).Name);

        var events = await decide(before);
        if (events.Count == 0) return (before, events, stream.CurrentVersion ?? 0);
        stream.AppendMany(events.ToArray());
        await Commit(session, ct);
        return (before, events, (stream.StartingVersion ?? 0) + events.Count);
    }

    private static bool IsStreamCollision(Exception ex) =>
        ex is global::Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException;
}
