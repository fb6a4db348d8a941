using AccountGov.Custody.Contracts;
using Microsoft.AspNetCore.Html;

namespace AccountGov.Portal.Frontend;

/// <summary>Custody's vocabulary in the words a person reads: custodians, accounts and handovers.</summary>
public static class CustodyWords
{
    /// <summary>MECCG139 §6: whose account it is, with the partner organisation of a shared one.</summary>
    public static string Type(AccountType type, string? partner = null) => type switch
    {
        AccountType.Corporate => "Corporate",
        AccountType.Service => "Service",
        AccountType.Campaign => "Campaign",
        AccountType.Shared => partner is null ? "Shared with a partner" : $"Shared with {partner}",
        _ => type.ToString(),
    };

    public static string Role(CustodianRole role) => role == CustodianRole.Primary ? "Primary custodian" : "Deputy custodian";

    public static string Status(CustodianStatus status) => status switch
    {
        CustodianStatus.Active => "Active",
        CustodianStatus.OnLeave => "Away (on leave)",
        CustodianStatus.Leaving => "Leaving the organisation",
        _ => "Left the organisation",
    };

    public static IHtmlContent Tag(CustodianStatus status) => status switch
    {
        CustodianStatus.Active => Tag("Active", "green"),
        CustodianStatus.OnLeave => Tag("Away", "orange"),
        CustodianStatus.Leaving => Tag("Leaving", "orange"),
        _ => Tag("Left", "grey"),
    };

    public static IHtmlContent Tag(AccountStatus status) => status switch
    {
        AccountStatus.Active => Tag("Active", "green"),
        AccountStatus.Suspended => Tag("Suspended", "orange"),
        _ => Tag("Decommissioned", "grey"),
    };

    public static IHtmlContent Tag(HandoverStatus status, bool overdue) => status switch
    {
        HandoverStatus.Open when overdue => Tag("Overdue", "red"),
        HandoverStatus.Open => Tag("Open", "blue"),
        HandoverStatus.Escalated => Tag("Escalated", "red"),
        HandoverStatus.Completed => Tag("Completed", "green"),
        _ => Tag("Reverted", "grey"),
    };

    public static string Kind(HandoverSummary h) => (h.Kind, h.Reason) switch
    {
        (HandoverKind.Permanent, HandoverReason.TeamMove) => "Permanent: the custodian is moving to another team",
        (HandoverKind.Permanent, _) => "Permanent: the custodian is leaving the organisation",
        _ => "Temporary: the custodian is away",
    };

    /// <summary>How someone could have seen the password, for the exposure list.</summary>
    public static string Way(ExposureKind way) => way switch
    {
        ExposureKind.Custodian => "a custodian",
        ExposureKind.StoredIt => "stored it",
        ExposureKind.Revealed => "revealed it",
        _ => "break-glass access",
    };

    public static string BreakGlass(BreakGlassStatus status) => status switch
    {
        BreakGlassStatus.AwaitingApproval => "Waiting for another officer's approval",
        BreakGlassStatus.Approved => "Ready for the opener to use once",
        BreakGlassStatus.Used => "Used: the password was shown once",
        _ => "Expired",
    };

    public static bool IsOverdue(HandoverSummary h, DateOnly today) => h.Status == HandoverStatus.Open && h.DueBy < today;

    public static string Name(AccountDetails a) => $"{a.Platform} {a.Handle}";

    private static HtmlString Tag(string text, string colour) => new($"<strong class=\"nhsuk-tag nhsuk-tag--{colour}\">{text}</strong>");
}
