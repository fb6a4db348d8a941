using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountGov.Portal.Pages.Links;

/// <summary>
/// The address emails give for an account (Notifications writes /accounts/{id}): it stays stable while each person
/// lands where they act on it. BD and auditors get the register's account page; custodians and sponsors their accounts.
/// </summary>
public sealed class AccountLinkModel : PageModel
{
    public IActionResult OnGet(Guid id) =>
        User.IsInRole(Roles.BusinessDevelopment) || User.IsInRole(Roles.Auditor)
            ? LocalRedirect($"/register/{id}")
            : LocalRedirect("/my-accounts");
}
