namespace AccountGov.EventSourcing.Consuming;

/// <summary>A message a consumer has handled, stored in the same transaction as the consumer's effects.</summary>
public sealed record ProcessedMessage(string Id, string MessageType, DateTimeOffset ProcessedAt)
{
    public static string KeyFor(string consumer, Guid messageId) => $"{consumer}:{messageId:N}";
}
