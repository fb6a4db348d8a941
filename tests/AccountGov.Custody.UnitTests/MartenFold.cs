using AccountGov.EventSourcing.Marten;
using AccountGov.EventSourcing.Writing;
using JasperFx.Events;

namespace AccountGov.Custody.UnitTests;

/// <summary>One event through the projection Marten registers for the aggregate, as Marten hands it over (wrapped).</summary>
public static class MartenFold
{
    public static T Evolve<T>(T? snapshot, object data) where T : class, IAggregate<T> =>
        new EvolvingProjection<T>().Evolve(snapshot, Guid.NewGuid(), Wrap(data));

    public static IEvent Wrap(object data) => (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;
}
