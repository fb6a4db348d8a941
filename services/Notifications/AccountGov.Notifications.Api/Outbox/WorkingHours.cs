using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Notifications.Api.Outbox;

/// <summary>
/// When ordinary emails may go out: business days (weekends and bank holidays excluded), between Start and End in
/// the organisation's time zone. Pure: "now" comes in.
/// </summary>
public sealed class WorkingHours(BusinessCalendar calendar, TimeZoneInfo zone, TimeOnly start, TimeOnly end)
{
    public TimeZoneInfo Zone => zone;

    public bool IsOpen(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return calendar.IsBusinessDay(DateOnly.FromDateTime(local.DateTime)) && time >= start && time < end;
    }

    /// <summary><paramref name="now"/> when open, otherwise the start of the next working period.</summary>
    public DateTimeOffset NextOpen(DateTimeOffset now)
    {
        if (IsOpen(now)) return now;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) >= start) day = day.AddDays(1);
        while (!calendar.IsBusinessDay(day)) day = day.AddDays(1);
        var opening = day.ToDateTime(start, DateTimeKind.Unspecified);
        return new DateTimeOffset(opening, zone.GetUtcOffset(opening)).ToUniversalTime();
    }

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    public TimeOnly TimeOfDay(DateTimeOffset now) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    public bool IsBusinessDay(DateOnly day) => calendar.IsBusinessDay(day);
}
