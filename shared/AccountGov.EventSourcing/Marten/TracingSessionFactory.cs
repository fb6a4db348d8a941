using System.Diagnostics;
using Marten;

namespace AccountGov.EventSourcing.Marten;

/// <summary>
/// Stamps every appended event with the W3C trace context of the request that caused it, so the forwarder
/// can publish under the same trace and one trace follows a request across services.
/// </summary>
public sealed class TracingSessionFactory(IDocumentStore store) : ISessionFactory
{
    public const string TraceParentHeader = "traceparent";

    public IQuerySession QuerySession() => store.QuerySession();

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession();
        if (Activity.Current is { } activity)
        {
            session.CorrelationId = activity.TraceId.ToString();
            session.SetHeader(TraceParentHeader, activity.Id!);
        }
        return session;
    }
}
