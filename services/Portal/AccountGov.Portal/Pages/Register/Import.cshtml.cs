using System.Net.Http.Headers;
using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Register;

/// <summary>
/// BD imports the accounts that existed before AccountGov (MECCG139 §6): the CSV is streamed to Custody as it is
/// (the Portal keeps no copy) and the per-row report is shown on the import's page.
/// </summary>
[Authorize(Roles = Roles.BusinessDevelopment)]
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class ImportModel(ICustodyApi custody) : PortalPage
{
    public const long MaxBytes = 64L * 1024 * 1024;

    [BindProperty] public IFormFile? Upload { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV file to upload.");
            return Page();
        }
        try
        {
            await using var stream = Upload.OpenReadStream();
            using var content = new StreamContent(stream);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            var response = await custody.ImportAccounts(content, ct);
            if (response.IsSuccessStatusCode) return Redirect($"/register/imports/{response.Content!.Id}");
            if (ServiceCall.IsUnavailable(response)) Unavailable.Add(ServiceNames.Custody);
            else foreach (var message in Problem.From(response.ErrorContent()) is var p && p.Errors.Count > 0
                              ? p.Errors.SelectMany(e => e.Value) : [p.Detail ?? "The file could not be read; nothing in it was imported."])
                    ModelState.AddModelError(nameof(Upload), message);
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.Custody);
        }
        return Page();
    }
}
