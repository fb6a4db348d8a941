namespace AccountGov.Custody.Api.BreakGlass;

/// <summary>Bound from "Custody:BreakGlass".</summary>
public sealed class BreakGlassOptions
{
    /// <summary>How long a request waits for approval, and how long an approval lasts.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);
}
