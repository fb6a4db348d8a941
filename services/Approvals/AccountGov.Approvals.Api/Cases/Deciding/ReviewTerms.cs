using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Approvals.Api.Cases.Deciding;

/// <summary>
/// What BD sets at approval for the account's reviews (CO23 §3.4, IG31 §8.2): the periodic review interval and the
/// conditions that must be met by a date. Custody schedules them from the approval.
/// </summary>
public sealed record ReviewTerms(int ReviewIntervalMonths, IReadOnlyList<DatedCondition> DatedConditions)
{
    public const int DefaultIntervalMonths = 12;
    // No account goes more than three years between reviews (CO23 §7.2 asks the same of the policies themselves).
    public const int MaxIntervalMonths = 36;

    public static readonly ReviewTerms Default = new(DefaultIntervalMonths, []);

    /// <summary>Validates the review terms of a decision body; they belong to an approval only.</summary>
    public static ReviewTerms Validate(DecisionBody body, bool approving, DateOnly today, FieldErrors errors)
    {
        var dated = body.DatedConditions ?? [];
        if (!approving && (body.ReviewIntervalMonths is not null || dated.Count > 0))
        {
            errors.Add(body.ReviewIntervalMonths is not null ? "reviewIntervalMonths" : "datedConditions",
                "Review terms can only be attached to an approval.");
            return Default;
        }
        if (body.ReviewIntervalMonths is < 1 or > MaxIntervalMonths)
            errors.Add("reviewIntervalMonths", $"The review interval must be between 1 and {MaxIntervalMonths} months.");
        if (dated.Count > DecideRequest.MaxConditions)
            errors.Add("datedConditions", $"At most {DecideRequest.MaxConditions} dated conditions.");
        for (var i = 0; i < dated.Count && dated.Count <= DecideRequest.MaxConditions; i++)
        {
            var text = dated[i]?.Text?.Trim();
            if (string.IsNullOrEmpty(text) || text.Length > DecideRequest.MaxConditionLength)
                errors.Add($"datedConditions[{i}].text", $"Each condition must be non-empty text of at most {DecideRequest.MaxConditionLength} characters.");
            if (dated[i]?.DueOn is not { } due)
                errors.Add($"datedConditions[{i}].dueOn", "Give the date the condition must be met by.");
            else if (due <= today || due > today.AddMonths(MaxIntervalMonths))
                errors.Add($"datedConditions[{i}].dueOn", $"The due date must be after today and within {MaxIntervalMonths} months.");
        }
        return new ReviewTerms(body.ReviewIntervalMonths ?? DefaultIntervalMonths,
            dated.Where(d => !string.IsNullOrWhiteSpace(d?.Text) && d.DueOn is not null)
                .Select(d => new DatedCondition(d.Text!.Trim(), d.DueOn!.Value)).DistinctBy(d => d.Text, StringComparer.Ordinal).ToArray());
    }
}
