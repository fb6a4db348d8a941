using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Approvals.Api.Cases.Deadlines;

/// <summary>Business-day deadlines for stages. Pure: the caller passes the instant in.</summary>
public sealed class DeadlinePolicy(BusinessCalendar calendar, IReadOnlyDictionary<string, int> stageDays, TimeZoneInfo zone)
{
    public static DeadlinePolicy From(BusinessCalendar calendar, ApprovalsOptions options)
    {
        foreach (var stage in Enum.GetNames<StageName>())
            if (!options.StageDueBusinessDays.TryGetValue(stage, out var days) || days < 1)
                throw new InvalidOperationException($"Approvals:StageDueBusinessDays:{stage} must be a positive number of business days.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out var zone))
            throw new InvalidOperationException("Approvals:TimeZone names no time zone known to this host (is tzdata installed?).");
        return new DeadlinePolicy(calendar, options.StageDueBusinessDays, zone);
    }

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    public bool IsBusinessDay(DateOnly day) => calendar.IsBusinessDay(day);

    public StageDue DueFor(StageName stage, DateTimeOffset startedAt) =>
        new(stage, calendar.AddBusinessDays(Today(startedAt), stageDays[stage.ToString()]));
}
