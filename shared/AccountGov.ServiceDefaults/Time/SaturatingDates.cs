namespace AccountGov.ServiceDefaults.Time;

/// <summary>
/// Day arithmetic that stops at the ends of the calendar instead of throwing. Input dates are bounded
/// (Input/DatePolicy), but stored dates from before that rule, or sums of offsets, could still reach an end:
/// a deadline of "the last representable day" is wrong but harmless, an exception in a sweep stops everyone's.
/// </summary>
public static class SaturatingDates
{
    public static DateOnly AddDaysSaturating(this DateOnly date, int days)
    {
        var target = (long)date.DayNumber + days;
        return target >= DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue
            : target <= DateOnly.MinValue.DayNumber ? DateOnly.MinValue
            : DateOnly.FromDayNumber((int)target);
    }
}
