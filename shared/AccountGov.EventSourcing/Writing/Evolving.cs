namespace AccountGov.EventSourcing.Writing;

/// <summary>
/// An aggregate that folds one event onto itself: the one evolve, used by in-process folds after a decision and
/// (through <see cref="Marten.EvolvingProjection{T}"/>) by Marten. It throws on an event it does not know, so a
/// missing case fails a replay test instead of being silently ignored.
/// </summary>
// Not named Evolve: Marten's source generator would take an Evolve method as the aggregate's whole evolver.
public interface IEvolving<out T> where T : class
{
    T Then(object @event);
}

/// <summary>
/// An aggregate Marten keeps as a snapshot of one stream. It has no Create or Apply methods for Marten's conventions
/// to find: <see cref="Start"/> and <see cref="IEvolving{T}.Then"/> are its whole fold, in Marten and in process.
/// </summary>
public interface IAggregate<T> : IEvolving<T> where T : class, IAggregate<T>
{
    /// <summary>The state from the stream's first event; any other event is an <see cref="UnknownEvent"/>.</summary>
    static abstract T Start(object first);

    /// <summary>
    /// Every event type the stream can hold, its first included: the events Marten hands the projection. A test
    /// checks that Start or Then has a case for each, and for nothing else.
    /// </summary>
    static abstract IReadOnlyList<Type> Events { get; }
}

public static class Evolving
{
    public static T Fold<T>(this T state, IEnumerable<object> events) where T : class, IEvolving<T> =>
        events.Aggregate(state, (s, e) => s.Then(e));

    /// <summary>One event onto a state that may not exist yet: the step Marten's projection and in-process folds share.</summary>
    public static T Next<T>(T? state, object @event) where T : class, IAggregate<T> =>
        state is null ? T.Start(@event) : state.Then(@event);

    /// <summary>Folds events onto a state that may not exist yet, starting it from the stream's first event.</summary>
    public static T? Replay<T>(T? state, IEnumerable<object> events) where T : class, IAggregate<T> =>
        events.Aggregate(state, (s, e) => Next(s, e));
}

/// <summary>Thrown by an evolve that meets an event it has no case for: a bug, never bad input.</summary>
public sealed class UnknownEvent(Type aggregate, object @event)
    : InvalidOperationException($"{aggregate.Name} has no case for {@event.GetType().Name}.");

/// <summary>What a write left behind: the aggregate after the decided events, and its stream version (the ETag).</summary>
public sealed record Written<T>(T State, long Version);

/// <summary>
/// Events for one stream and the version the stream must be at when they are appended; 0 starts the stream
/// (then <paramref name="StartAs"/> names its aggregate). Planners return these so one step can append them all.
/// </summary>
public sealed record StreamAppend(Guid StreamId, long ExpectedVersion, IReadOnlyList<object> Events, Type? StartAs = null)
{
    public static StreamAppend Start<T>(Guid id, IReadOnlyList<object> events) => new(id, 0, events, typeof(T));
}
