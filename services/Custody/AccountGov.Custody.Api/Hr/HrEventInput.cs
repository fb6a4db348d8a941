using System.Globalization;
using AccountGov.Custody.Api.Hr;
using AccountGov.ServiceDefaults.Input;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Hr;

/// <summary>
/// One HR event as HR sends it (api.md), from JSON or from a CSV row. Dates arrive as text so that a bad date is a
/// field error of that row, not a failure of the whole request. Errors never echo the value sent. Rows of a file
/// never pass the JSON input policy, so the same text and date rules are applied here: one "no end date"
/// (9999-12-31) would otherwise stop the handover clock for everyone.
/// </summary>
public sealed record HrEventInput(
    string? EventId, string? Type, string? StaffId, string? LeaveType = null, string? From = null, string? To = null,
    string? LastWorkingDay = null, string? Team = null)
{
    public const int MaxIdLength = 100;

    public (HrFact? Fact, Dictionary<string, string[]> Errors) Validate()
    {
        var errors = new FieldErrors();
        Required(errors, "eventId", EventId);
        Required(errors, "staffId", StaffId);
        var type = ParseEnum<HrEventType>(errors, "type", Type, required: true);
        var leaveType = ParseEnum<Hr.LeaveType>(errors, "leaveType", LeaveType,
            required: type == HrEventType.LeaveBooked);
        // from: the first day of leave, the first day back, the first day suspended, or the day a move takes effect.
        var from = ParseDate(errors, "from", From, required: type is HrEventType.LeaveBooked or HrEventType.Returned
            or HrEventType.Moved or HrEventType.Suspended or HrEventType.Reinstated);
        var team = type == HrEventType.Moved ? Text(errors, "team", Team) : null;
        var to = ParseDate(errors, "to", To, required: type == HrEventType.LeaveBooked && leaveType is not Hr.LeaveType.Sickness && leaveType is not null);
        var lastDay = ParseDate(errors, "lastWorkingDay", LastWorkingDay, required: type == HrEventType.Leaving);
        if (from is { } f && to is { } t && t < f && !errors.Has("to")) errors.Add("to", "The last day of leave (to) must not be before the first (from).");
        if (errors.Any) return (null, errors.ToDictionary());
        return (new HrFact(EventId!.Trim(), type!.Value, StaffId!.Trim(), leaveType, from, to, lastDay, team), []);
    }

    private static void Required(FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(field, $"{field} is required.");
        else if (IdRefusal(value) is { } refusal) errors.Add(field, $"{field}{refusal}");
    }

    /// <summary>Why a non-blank id is not well-formed (too long, or not an identifier); null when it is.</summary>
    private static string? IdRefusal(string value) =>
        value.Trim().Length > MaxIdLength ? $" must be at most {MaxIdLength} characters."
        : TextPolicy.Apply(value, TextKind.Identifier, out var refusal) is null ? $": {refusal}"
        : null;

    /// <summary>The id trimmed when it is well-formed (as a valid event's would be), else null.</summary>
    public static string? WellFormedId(string? value) =>
        string.IsNullOrWhiteSpace(value) || IdRefusal(value) is not null ? null : value.Trim();

    /// <summary>The value when it names one of <typeparamref name="T"/>, else null (never the text sent).</summary>
    public static T? KnownName<T>(string? value) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(value) && FieldErrors.TryParseName<T>(value, ignoreCase: true, out var parsed) ? parsed : null;

    /// <summary>The date when it is an ISO date in the accepted range, else null.</summary>
    public static DateOnly? KnownDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && DatePolicy.InRange(date)
            ? date : null;

    private static string? Text(FieldErrors errors, string field, string? value)
    {
        Required(errors, field, value);
        return errors.Has(field) ? null : value!.Trim();
    }

    private static T? ParseEnum<T>(FieldErrors errors, string field, string? value, bool required) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(field, $"{field} is required.");
            return null;
        }
        if (FieldErrors.TryParseName<T>(value, ignoreCase: true, out var parsed)) return parsed;
        errors.Add(field, $"{field} must be one of {string.Join(", ", Enum.GetNames<T>())}.");
        return null;
    }

    private static DateOnly? ParseDate(FieldErrors errors, string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(field, $"{field} is required.");
            return null;
        }
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors.Add(field, $"{field} must be an ISO date, e.g. 2026-12-01.");
        else if (!DatePolicy.InRange(date)) errors.Add(field, $"{field}: {DatePolicy.Refusal}");
        else return date;
        return null;
    }
}
