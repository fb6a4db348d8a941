using System.Globalization;

namespace AccountGov.ServiceDefaults.Time;

/// <summary>
/// A moment as the clock on the wall in England shows it, for people to read (Portal pages, emails): GMT or BST,
/// in the NHS style "1 July 2026, 2:05pm BST". Stored and exchanged in UTC, shown in UTC it is an hour out for half
/// the year.
/// </summary>
public static class UkTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Show(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, Zone);
        var clock = local.ToString(local.Minute == 0 ? "%h" : "h:mm", CultureInfo.InvariantCulture) + (local.Hour < 12 ? "am" : "pm");
        return $"{local.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, {clock} {(Zone.IsDaylightSavingTime(local) ? "BST" : "GMT")}";
    }
}
