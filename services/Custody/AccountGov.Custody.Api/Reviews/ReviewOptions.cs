namespace AccountGov.Custody.Api.Reviews;

/// <summary>
/// "Custody:Reviews": how long a credential may go unchanged before an account review cannot be confirmed
/// (<c>RotationPeriodDays</c>, 365), how many business days ahead of its due date a review is reminded
/// (<c>ReminderBusinessDays</c>, 5), and the clock's tick (<c>IntervalSeconds</c>, 60).
/// </summary>
public sealed record ReviewOptions
{
    public int RotationPeriodDays { get; init; } = 365;
    public int ReminderBusinessDays { get; init; } = 5;
    public double IntervalSeconds { get; init; } = 60;

    public TimeSpan RotationPeriod => TimeSpan.FromDays(RotationPeriodDays);
}
