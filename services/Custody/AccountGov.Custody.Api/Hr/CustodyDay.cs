namespace AccountGov.Custody.Api.Hr;

/// <summary>
/// Which calendar day it is for HR purposes. Leave dates are local dates (UK), so "today" is taken in the
/// configured zone ("Custody:TimeZone", default Europe/London), never in UTC.
/// </summary>
public sealed class CustodyDay(TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["Custody:TimeZone"] ?? "Europe/London");

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => DateOf(clock.GetUtcNow());

    /// <summary>The local calendar day of an instant, e.g. the day an account was registered.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
