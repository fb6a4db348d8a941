using AccountGov.Custody.Contracts;

namespace AccountGov.Portal.Pages.Hr;

/// <summary>The single-event form. Dates come from type="date" inputs (yyyy-MM-dd), as Custody reads them.</summary>
public sealed class HrEventInput
{
    public static readonly (string Value, string Text)[] Types =
    [
        ("LeaveBooked", "Leave booked"), ("LeaveCancelled", "Leave cancelled"), ("Returned", "Returned to work"),
        ("Leaving", "Leaving the organisation"), ("LeavingCancelled", "Leaving cancelled"),
        ("Moved", "Moved to another team"), ("Suspended", "Suspended"), ("Reinstated", "Reinstated after suspension"),
    ];

    /// <summary>An HR event type as a person reads it; a type this list does not know is shown as sent.</summary>
    public static string TextOf(string type) => Types.FirstOrDefault(t => t.Value == type).Text ?? type;

    public static readonly (string Value, string Text)[] LeaveTypes = [("Annual", "Annual"), ("Sickness", "Sickness"), ("Other", "Other")];

    public string? EventId { get; set; }
    public string? Type { get; set; }
    public string? StaffId { get; set; }
    public string? LeaveType { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? LastWorkingDay { get; set; }
    public string? Team { get; set; }

    public HrEventBody ToBody() => new(EventId ?? "", Type ?? "", StaffId ?? "", Blank(LeaveType), Blank(From), Blank(To), Blank(LastWorkingDay), Blank(Team));

    /// <summary>A reference for an event typed in here, when HR's own system gave it none.</summary>
    public static string NewReference() => $"portal-{Guid.CreateVersion7():N}";

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
