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
/// </summary>
public static class DecideAndAppend
{
    public static async Task<long> Decide<T>(
        this IDocumentSession session, Guid id, long? expectedVersion, Func<T, IReadOnlyList<object>> decide,
        CancellationToken ct) where T : class
    {
        var stream = await Fetch<T>(session, id, expectedVersion, ct);
        if (stream.Aggregate is null) throw new NotFound(typeof(T).Name);

        var events = decide(stream.Aggregate);
        if (events.Count == 0) return stream.CurrentVersion ?? 0;
        stream.AppendMany(events.ToArray());
        await Commit(session, ct);
        return (stream.StartingVersion ?? 0) + events.Count;
    }

    /// <summary>Starts a stream. A second start of the same id is refused by the database (409).</summary>
    public static async Task<long> Start<T>(
        this IDocumentSession session, Guid id, IReadOnlyList<object> events, CancellationToken ct) where T : class
    {
        session.Events.StartStream<T>(id, events.ToArray());
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is global::Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException)
        {
            throw new RuleViolation($"{typeof(T).Name} already exists.");
        }
        return events.Count;
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
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyException or EventStreamUnexpectedMaxEventIdException)
        {
            // Someone else appended between our read and our commit: their decision stands, ours is not written.
            throw new StaleVersion("The resource changed while your action was being applied; read it again.");
        }
    }
}
