namespace AccountGov.EventSourcing.Writing;

/// <summary>
/// An aggregate that folds one event onto itself: the one evolve that in-process folds use after a decision.
/// Implementations dispatch to the same public <c>Apply</c> methods Marten calls, and throw on an event they do
/// not know, so a missing case fails a replay test instead of being silently ignored.
/// </summary>
// Not named Evolve: Marten's source generator would take an Evolve method as the aggregate's whole evolver.
public interface IEvolving<out T> where T : class
{
    T Then(object @event);
}

public static class Evolving
{
    public static T Fold<T>(this T state, IEnumerable<object> events) where T : class, IEvolving<T> =>
        events.Aggregate(state, (s, e) => s.Then(e));
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
