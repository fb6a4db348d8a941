using System.Globalization;

namespace AccountGov.ServiceDefaults.Input;

/// <summary>
/// Dates a person or an HR system may send: 2000-01-01 to 2100-12-31. HR's "no end date" (9999-12-31) and unset
/// dates (0001-01-01) are refused at the door, so date arithmetic downstream can never step off the calendar.
/// </summary>
public static class DatePolicy
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static string Refusal => $"The date must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.";

    public static bool InRange(DateOnly date) => date >= Earliest && date <= Latest;

    public static bool InRange(DateTimeOffset instant) => InRange(DateOnly.FromDateTime(instant.UtcDateTime));

    /// <summary>True unless <paramref name="text"/> is an ISO date (yyyy-MM-dd) outside the range; other text is left to the service.</summary>
    public static bool TextInRange(string text) =>
        !DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        || InRange(date);
}
