using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountGov.Portal.Pages.Links;

/// <summary>
/// The address emails give for a handover (/handovers/{id}): BD, who assigns escalated ones, gets the handovers
/// report; everyone else (the receiver, the giver) their own handovers, where the checklist is completed.
/// </summary>
public sealed class HandoverLinkModel : PageModel
{
    public IActionResult OnGet(Guid id) =>
        User.IsInRole(Roles.BusinessDevelopment) || User.IsInRole(Roles.Auditor)
            ? LocalRedirect("/custody/handovers")
            : LocalRedirect("/my-handovers");
}
