using AccountGov.Custody.Contracts;
using Microsoft.AspNetCore.Html;

namespace AccountGov.Portal.Frontend;

/// <summary>Reviews in the words a person reads.</summary>
public static class ReviewWords
{
    public static string What(ReviewDetails r) => r.Kind switch
    {
        ReviewKind.Membership => "Group membership review",
        ReviewKind.Condition => $"Approval condition: {r.Condition}",
        _ => "Account review",
    };

    public static string Account(ReviewDetails r) => $"{r.Platform} {r.Handle} ({r.Team})";

    public static IHtmlContent Tag(ReviewDetails r) => r.Status switch
    {
        ReviewStatus.Due when r.Overdue => Tag("Overdue", "red"),
        ReviewStatus.Due => Tag("Due", "blue"),
        ReviewStatus.ChangesNeeded => Tag(r.Overdue ? "Changes needed, overdue" : "Changes needed", r.Overdue ? "red" : "orange"),
        ReviewStatus.Confirmed => Tag("Confirmed", "green"),
        ReviewStatus.Decommission => Tag("Decommissioning", "grey"),
        _ => Tag("Closed", "grey"),
    };

    private static HtmlString Tag(string text, string colour) =>
        new($"<strong class=\"nhsuk-tag nhsuk-tag--{colour}\">{System.Net.WebUtility.HtmlEncode(text)}</strong>");
}
