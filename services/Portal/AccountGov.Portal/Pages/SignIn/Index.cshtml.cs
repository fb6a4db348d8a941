using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountGov.Portal.Pages.SignIn;

/// <summary>Production: starts the OpenID Connect sign-in. Development: the persona picker instead.</summary>
public sealed class IndexModel(IWebHostEnvironment environment) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        environment.IsDevelopment() ? RedirectToPage("Personas", new { ReturnUrl = LocalOrHome(Url, ReturnUrl) }) : Page();

    public IActionResult OnPost() => environment.IsDevelopment()
        ? RedirectToPage("Personas")
        : Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(Url, ReturnUrl) }, OpenIdConnectDefaults.AuthenticationScheme);

    public static string LocalOrHome(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
