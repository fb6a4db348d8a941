using System.Text.Json;
using System.Text.Json.Serialization;
using AccountGov.EventSourcing.Ids;

namespace AccountGov.Notifications.Api.Inbound;

/// <summary>The request or account a message names is not known here yet: its notice waits for it.</summary>
public sealed class NotKnownYetException(Guid waitsFor, string message) : Exception(message)
{
    public Guid WaitsFor => waitsFor;
}

/// <summary>
/// A message about a request or account Notifications has not heard of yet, kept until it has. The broker's
/// in-memory retries wait seconds; after an outage or in a backlog the submission can come minutes later, and a
/// message parked in <c>_error</c> would reach no one. <see cref="DeferredReplay"/> sends it back to its queue
/// once <see cref="WaitsFor"/> is known, under <see cref="ReplayId"/>: the original id is already recorded as handled,
/// and a replay sent twice is still one fact. The payload holds what the message held (work names and emails) and
/// is deleted with the notice, at the latest after "Notifications:DeferredFor".
/// </summary>
public sealed record DeferredNotice(
    string Id, Guid ReplayId, string MessageType, string Payload, string Queue, Guid WaitsFor, DateTimeOffset Since,
    DateTimeOffset? ReplayedAt = null)
{
    /// <summary>Carried by a replay: the notice it answers, deleted when the replay is handled.</summary>
    public const string Header = "AccountGov-Deferred-Notice";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static DeferredNotice For(string consumer, Guid messageId, object message, Uri queue, Guid waitsFor, DateTimeOffset now)
    {
        var replayId = NameBasedGuid.Create("accountgov:notifications:deferred:", messageId.ToString("N"));
        var type = message.GetType();
        return new DeferredNotice($"{consumer}:{replayId:N}", replayId, $"{type.FullName}, {type.Assembly.GetName().Name}",
            JsonSerializer.Serialize(message, type, Json), queue.ToString(), waitsFor, now);
    }

    public (object Message, Type Type) Read()
    {
        var type = Type.GetType(MessageType, throwOnError: true)!;
        return (JsonSerializer.Deserialize(Payload, type, Json)!, type);
    }
}
