using AccountGov.Custody.Api.Hr;

namespace AccountGov.Custody.Api.Hr.Rejecting;

/// <summary>
/// An HR event refused on arrival (POST /hr/events answered 400, or a batch row rejected), kept so the person's HR
/// view shows it with its reasons. A document of its own, not an event on the staff stream: a refused event must change
/// nothing about the person (no stream started, no version moved, so no valid writer conflicts with it), and its id is
/// its own, so a later event with the same eventId is never taken for a repeat. Only what HR sent that validated is
/// kept (the eventId if well-formed, a known type and leave type, dates that parse) and the field errors, which never
/// echo a value; never free text.
/// </summary>
public sealed record HrEventRejection(
    Guid Id, string StaffId, string? EventId, HrEventType? Type, LeaveType? LeaveType, DateOnly? From, DateOnly? To,
    DateOnly? LastWorkingDay, DateTimeOffset ReceivedAt, Dictionary<string, string[]> Errors, Guid? BatchId = null, int? Row = null)
{
    /// <summary>Pure: the record of a refused input, or null when it names nobody well-formed (then there is no one to show it to).</summary>
    public static HrEventRejection? Of(HrEventInput input, Dictionary<string, string[]> errors, DateTimeOffset at, Guid? batchId = null, int? row = null) =>
        HrEventInput.WellFormedId(input.StaffId) is not { } staffId ? null
        : new HrEventRejection(Guid.CreateVersion7(at), staffId, HrEventInput.WellFormedId(input.EventId), HrEventInput.KnownName<HrEventType>(input.Type),
            HrEventInput.KnownName<LeaveType>(input.LeaveType), HrEventInput.KnownDate(input.From), HrEventInput.KnownDate(input.To),
            HrEventInput.KnownDate(input.LastWorkingDay), at, errors, batchId, row);
}
