using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AccountGov.ServiceDefaults.Time;

/// <summary>
/// Working days: Monday to Friday, less England and Wales bank holidays (the data file bank-holidays.json, plus any
/// dates in "BusinessCalendar:BankHolidays", e.g. a one-off holiday announced before the file is updated).
/// Every service's due dates count these days. Pure: no clock inside.
/// </summary>
public sealed class BusinessCalendar(IEnumerable<DateOnly> bankHolidays)
{
    private readonly HashSet<DateOnly> holidays = [.. bankHolidays];

    public static BusinessCalendar WeekdaysOnly { get; } = new([]);

    public bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>
    /// The date <paramref name="days"/> business days after <paramref name="start"/> (start itself not counted);
    /// saturates at the last representable day rather than throwing.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        while (days > 0 && day != DateOnly.MaxValue)
        {
            day = day.AddDaysSaturating(1);
            if (IsBusinessDay(day)) days--;
        }
        return day;
    }

    /// <summary>The last business day strictly before <paramref name="day"/>; saturates at the first representable day.</summary>
    public DateOnly PreviousBusinessDay(DateOnly day)
    {
        do day = day.AddDaysSaturating(-1); while (!IsBusinessDay(day) && day != DateOnly.MinValue);
        return day;
    }

    /// <summary>Business days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when to is earlier.</summary>
    public int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -BusinessDaysBetween(to, from);
        var count = 0;
        for (var day = from; day < to;)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day)) count++;
        }
        return count;
    }
}

public static class BusinessCalendarSetup
{
    public static IServiceCollection AddBusinessCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        var extra = configuration.GetSection("BusinessCalendar:BankHolidays").Get<string[]>() ?? [];
        return services.AddSingleton(new BusinessCalendar(EnglandAndWales().Concat(extra.Select(Parse))));
    }

    /// <summary>The bank holidays shipped with the code, as data (Time/bank-holidays.json, an embedded resource).</summary>
    public static IReadOnlyList<DateOnly> EnglandAndWales()
    {
        using var stream = typeof(BusinessCalendar).Assembly.GetManifestResourceStream("AccountGov.ServiceDefaults.Time.bank-holidays.json")
            ?? throw new InvalidOperationException("The bank holiday data is missing from the build.");
        using var json = System.Text.Json.JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("dates").EnumerateArray().Select(d => Parse(d.GetString()!)).ToArray();
    }

    private static DateOnly Parse(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
