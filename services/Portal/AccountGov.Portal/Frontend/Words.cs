using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using Microsoft.AspNetCore.Html;

namespace AccountGov.Portal.Frontend;

/// <summary>The services' vocabulary in the words a person reads, and the NHS.UK tag colour for each status.</summary>
public static class Words
{
    public static string Stage(StageName? stage) => stage switch
    {
        StageName.SponsorEndorsement => "Sponsor's endorsement",
        StageName.DpiaReview => "DPIA review",
        StageName.BusinessDevelopmentDecision => "Business Development decision",
        _ => "None",
    };

    /// <summary>Whom a case waits on now, from the current stage.</summary>
    public static string WaitingOn(CaseDetails c, string requesterId) => c.Status switch
    {
        CaseStatus.Open => c.CurrentStage switch
        {
            StageName.SponsorEndorsement => $"{c.Sponsor.Name}, the sponsor, to endorse it",
            StageName.DpiaReview when !c.DpiaAttached && c.History.Any(h => h.Event == "DpiaChangesRequested")
                => $"{c.Requester.Name} to attach the amended DPIA Information Governance asked for",
            StageName.DpiaReview when !c.DpiaAttached => $"{c.Requester.Name} to attach the full DPIA",
            StageName.DpiaReview => "Information Governance to review the DPIA",
            StageName.BusinessDevelopmentDecision => "Business Development to decide",
            _ => "Nobody",
        },
        CaseStatus.ChangesRequested => $"{c.Requester.Name} to revise it",
        _ => "Nobody: it is decided",
    };

    public static string CaseState(CaseStatus status) => status switch
    {
        Approvals.Contracts.CaseStatus.Open => "Open: being decided",
        Approvals.Contracts.CaseStatus.ChangesRequested => "Sent back for changes",
        _ => status.ToString(),
    };

    public static string Status(RequestStatus status) => status switch
    {
        RequestStatus.ChangesRequested => "Changes requested",
        _ => status.ToString(),
    };

    public static IHtmlContent Tag(RequestStatus status) => Tag(Status(status), status switch
    {
        RequestStatus.Submitted => "blue",
        RequestStatus.ChangesRequested => "orange",
        RequestStatus.Approved => "green",
        RequestStatus.Rejected => "red",
        _ => "grey",
    });

    /// <summary>A custodian named on a request.</summary>
    public static string Role(AccountRequests.Contracts.CustodianRole role) => role == AccountRequests.Contracts.CustodianRole.Primary ? "primary custodian" : "deputy custodian";

    public static IHtmlContent Tag(StageStatus status) => status switch
    {
        StageStatus.Completed => Tag("Done", "green"),
        StageStatus.Rejected => Tag("Rejected", "red"),
        _ => Tag("Waiting", "grey"),
    };

    public static IHtmlContent Overdue(bool overdue) => overdue ? Tag("Overdue", "red") : HtmlString.Empty;

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy") ?? "";
    /// <summary>UK time, GMT or BST: what the reader's clock shows.</summary>
    public static string When(DateTimeOffset? at) => at is { } moment ? AccountGov.ServiceDefaults.Time.UkTime.Show(moment) : "";

    private static HtmlString Tag(string text, string colour) => new($"<strong class=\"nhsuk-tag nhsuk-tag--{colour}\">{text}</strong>");
}
