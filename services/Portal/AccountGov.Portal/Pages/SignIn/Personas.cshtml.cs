using AccountGov.Portal.SigningIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountGov.Portal.Pages.SignIn;

/// <summary>The Development persona picker. Outside Development it does not exist: every request is 404.</summary>
public sealed class PersonasModel(IWebHostEnvironment environment, DevPersonas personas) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? PersonaId { get; set; }

    public IActionResult OnGet() => environment.IsDevelopment() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!environment.IsDevelopment()) return NotFound();
        if (DevPersonas.All.SingleOrDefault(p => p.Id == PersonaId) is not { } persona)
        {
            ModelState.AddModelError(nameof(PersonaId), "Choose who you are.");
            return Page();
        }
        await personas.SignInAsync(HttpContext, persona, ct);
        return LocalRedirect(IndexModel.LocalOrHome(Url, ReturnUrl));
    }
}
