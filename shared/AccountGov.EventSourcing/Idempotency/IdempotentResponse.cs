namespace AccountGov.EventSourcing.Idempotency;

/// <summary>
/// The first response to a POST that carried an <c>Idempotency-Key</c>, committed in the same transaction as the
/// events it reports, so a retry finds either both or neither. The id is a hash of the caller, the route and the
/// key: the key itself and the caller's id are not stored in the clear.
/// </summary>
public sealed record IdempotentResponse(
    string Id, string Fingerprint, int Status, string? Location, string? ETag, string Body, DateTimeOffset RecordedAt);
