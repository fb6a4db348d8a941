using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Approvals.Api.Cases.Deadlines;

/// <summary>Approvals settings ("Approvals" section).</summary>
public sealed class ApprovalsOptions
{
    /// <summary>Business days each stage has once it becomes actionable, keyed by stage name.</summary>
    public Dictionary<string, int> StageDueBusinessDays { get; set; } = new()
    {
        [nameof(StageName.SponsorEndorsement)] = 3,
        [nameof(StageName.DpiaReview)] = 5,
        [nameof(StageName.BusinessDevelopmentDecision)] = 5,
    };

    /// <summary>The organisation's local time zone: "today" for deadlines is the date there.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    public bool SweepEnabled { get; set; } = true;
}

/// <summary>Business-day deadlines for stages. Pure: the caller passes the instant in.</summary>
public sealed class DeadlinePolicy(BusinessCalendar calendar, IReadOnlyDictionary<string, int> stageDays, TimeZoneInfo zone)
{
    public static DeadlinePolicy From(BusinessCalendar calendar, ApprovalsOptions options)
    {
        foreach (var stage in Enum.GetNames<StageName>())
            if (!options.StageDueBusinessDays.TryGetValue(stage, out var days) || days < 1)
                throw new InvalidOperationException($"Approvals:StageDueBusinessDays:{stage} must be a positive number of business days.");
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        return new DeadlinePolicy(calendar, options.StageDueBusinessDays, zone);
    }

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    public bool IsBusinessDay(DateOnly day) => calendar.IsBusinessDay(day);

    public StageDue DueFor(StageName stage, DateTimeOffset startedAt) =>
        new(stage, calendar.AddBusinessDays(Today(startedAt), stageDays[stage.ToString()]));
}
