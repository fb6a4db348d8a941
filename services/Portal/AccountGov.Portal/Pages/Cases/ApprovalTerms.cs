using AccountGov.Approvals.Contracts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AccountGov.Portal.Pages.Cases;

/// <summary>One condition row of BD's approval form: the condition, and the day it must be met by if it has one.</summary>
public sealed class ConditionRow
{
    public string? Text { get; set; }
    public DateOnly? DueOn { get; set; }
}

/// <summary>
/// What BD attaches to an approval (MECCG139 §6, IG31 §8): how often the account is reviewed, and its conditions.
/// The form holds a few condition rows; empty rows are dropped. The service's field errors (which index its own
/// lists) are sent back to the row they came from.
/// </summary>
public sealed class ApprovalTerms
{
    public const int Rows = 3;

    public string? ReviewIntervalMonths { get; set; }
    public List<ConditionRow> Conditions { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new ConditionRow())];

    public sealed record Parsed(int? IntervalMonths, IReadOnlyList<string>? Plain, IReadOnlyList<DatedConditionBody>? Dated,
        IReadOnlyDictionary<string, string> Fields);

    /// <summary>The terms as the service takes them; an interval that is not a number is an error on the form.</summary>
    public Parsed Read(ModelStateDictionary state)
    {
        int? interval = null;
        if (!string.IsNullOrWhiteSpace(ReviewIntervalMonths))
        {
            if (int.TryParse(ReviewIntervalMonths.Trim(), out var months)) interval = months;
            else state.AddModelError("Terms.ReviewIntervalMonths", "Enter the review interval as a whole number of months, like 12.");
        }
        var rows = Conditions.Select((row, index) => (row, index)).Where(r => !string.IsNullOrWhiteSpace(r.row.Text) || r.row.DueOn is not null).ToList();
        var plain = rows.Where(r => r.row.DueOn is null).ToList();
        var dated = rows.Where(r => r.row.DueOn is not null).ToList();
        var fields = new Dictionary<string, string> { ["reviewIntervalMonths"] = "Terms.ReviewIntervalMonths" };
        if (rows.Count > 0) (fields["conditions"], fields["datedConditions"]) = ($"Terms.Conditions[{rows[0].index}].Text", $"Terms.Conditions[{rows[0].index}].Text");
        for (var i = 0; i < dated.Count; i++)
        {
            fields[$"datedConditions[{i}].text"] = $"Terms.Conditions[{dated[i].index}].Text";
            fields[$"datedConditions[{i}].dueOn"] = $"Terms.Conditions[{dated[i].index}].DueOn";
        }
        return new Parsed(interval, plain.Count > 0 ? plain.Select(r => r.row.Text!.Trim()).ToArray() : null,
            dated.Count > 0 ? dated.Select(r => new DatedConditionBody(r.row.Text?.Trim(), r.row.DueOn)).ToArray() : null, fields);
    }
}
