using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountGov.Portal.Pages;

/// <summary>Ends the session (a POST with anti-forgery), and in Production the session at the authority too.</summary>
public sealed class SignOutModel(IWebHostEnvironment environment) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost()
    {
        var properties = new AuthenticationProperties { RedirectUri = "/sign-in" };
        return environment.IsDevelopment()
            ? SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme)
            : SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme);
    }
}
