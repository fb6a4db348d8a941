using AccountGov.Custody.Api.Hr;

namespace AccountGov.Custody.Api.Hr;

/// <summary>
/// HR's eventId, recorded in the same transaction as its effects. It is inserted, not upserted, so the same
/// eventId arriving twice (even concurrently) has exactly one effect.
/// </summary>
public sealed record HrEventReceipt(string Id, string StaffId, HrEventType Type, DateTimeOffset ReceivedAt);
