namespace AccountGov.Custody.Contracts;

/// <summary>
/// One HR event for a person, as received (<c>receivedAt</c>, its fields) and what it did: <c>outcome</c>, with
/// <c>why</c> and, for a held event, <c>until</c> what it waits for; <c>releasedAt</c> when a held event applied later;
/// <c>supersededBy</c> the later event that amended it; the handovers it caused. A <c>Rejected</c> event was refused on
/// arrival (400, or a rejected row of a file): <c>errors</c> says why, per field; it keeps only the fields that were
/// valid, so <c>eventId</c> or <c>type</c> is empty when that was what was wrong.
/// </summary>
public sealed record StaffHrEvent(
    string EventId, string Type, DateTimeOffset ReceivedAt, string? LeaveType, DateOnly? From, DateOnly? To,
    DateOnly? LastWorkingDay, string? Team, HrEventOutcome Outcome, string? Why, string? Until, DateTimeOffset? ReleasedAt,
    string? SupersededBy, IReadOnlyList<Guid> Handovers, IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>An account the person holds custody of, with their status on it.</summary>
public sealed record StaffAccount(Guid AccountId, string Team, string Platform, string Handle, CustodianRole Role, CustodianStatus Status);

/// <summary>
/// GET /staff/{id} (HR, Auditor): the person's HR status as HR last told it, every HR event in the order received,
/// the accounts they hold and the handovers away from or to them. <c>Status</c> is <c>Unknown</c> when every event HR
/// sent about them was rejected.
/// </summary>
public sealed record StaffHrView(
    string StaffId, string Status, DateOnly? LastWorkingDay, IReadOnlyList<StaffHrEvent> Events, IReadOnlyList<StaffAccount> Accounts,
    IReadOnlyList<HandoverSummary> Handovers);
