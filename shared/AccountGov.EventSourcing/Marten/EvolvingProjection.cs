using System.Reflection;
using AccountGov.EventSourcing.Writing;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace AccountGov.EventSourcing.Marten;

/// <summary>
/// Marten folds <typeparamref name="T"/> through the aggregate's one evolve, as in-process folds and tests do: the
/// stream's first event through its public static <c>Create</c>, every later one through <see cref="IEvolving{T}.Then"/>,
/// which throws on an event it has no case for. Registered inline instead of <c>Snapshot&lt;T&gt;</c>, so Marten no
/// longer discovers <c>Apply</c> methods by convention, a second path that silently skipped what it did not find.
/// It stores the same documents as <c>Snapshot&lt;T&gt;</c>: no rebuild is needed to switch.
/// </summary>
public sealed class EvolvingProjection<T> : SingleStreamProjection<T, Guid> where T : class, IEvolving<T>
{
    private readonly IReadOnlyDictionary<Type, MethodInfo> starts = typeof(T)
        .GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
        .Where(m => m.Name == "Create" && m.ReturnType == typeof(T) && m.GetParameters().Length == 1)
        .ToDictionary(m => m.GetParameters()[0].ParameterType);

    /// <param name="stream">The aggregate whose events make up the stream, when <typeparamref name="T"/> is a second
    /// view of another aggregate's stream (then <typeparamref name="T"/> must have a case for each of them).</param>
    public EvolvingProjection(Type? stream = null)
    {
        Name = typeof(T).Name;
        foreach (var type in StreamEvents.ClaimedBy(stream ?? typeof(T))) IncludeType(type);
    }

    public override T? Evolve(T? snapshot, Guid id, IEvent e) =>
        snapshot is not null ? snapshot.Then(e.Data)
        : starts.TryGetValue(e.Data.GetType(), out var start) ? (T)start.Invoke(null, [e.Data])!
        : throw new UnknownEvent(typeof(T), e.Data);
}

public static class StreamEvents
{
    /// <summary>
    /// The event types an aggregate claims for its stream: those its public static <c>Create</c> methods start from
    /// and its public <c>Apply</c> methods fold. Marten is given exactly these, and tests feed each to the evolve.
    /// </summary>
    public static IReadOnlyList<Type> ClaimedBy(Type aggregate) => aggregate
        .GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => m.Name is "Create" or "Apply" && m.GetParameters().Length == 1)
        .Select(m => m.GetParameters()[0].ParameterType)
        .Distinct()
        .ToList();
}
