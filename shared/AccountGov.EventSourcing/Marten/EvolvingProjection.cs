using AccountGov.EventSourcing.Writing;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace AccountGov.EventSourcing.Marten;

/// <summary>
/// The inline snapshot of an <see cref="IAggregate{T}"/>: Marten folds the stream through the aggregate's own Start
/// and Then, the code in-process folds use, instead of finding Create/Apply methods by convention. Only the event
/// types the aggregate lists reach it, so projections sharing a stream (Account and CredentialExposure) or other
/// streams never see each other's events. Marten still sets the snapshot's Version from the stream after each event.
/// </summary>
public sealed class EvolvingProjection<T> : SingleStreamProjection<T, Guid> where T : class, IAggregate<T>
{
    public EvolvingProjection()
    {
        foreach (var type in T.Events) IncludeType(type);
    }

    public override T Evolve(T? snapshot, Guid id, IEvent e) => Evolving.Next(snapshot, e.Data);
}
