using AccountGov.Approvals.Contracts;

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

    /// <summary>How many due cases the sweep reads at a time; it pages through all of them on every pass.</summary>
    public int SweepBatchSize { get; set; } = 200;
}
