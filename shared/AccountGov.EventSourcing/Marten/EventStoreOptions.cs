namespace AccountGov.EventSourcing.Marten;

/// <summary>Bound from "EventStore". Each service names its own database.</summary>
public sealed class EventStoreOptions
{
    /// <summary>PostgreSQL connection string of this service's own database, created on first start.</summary>
    public string ConnectionString { get; set; } = "";
}
