using System.Net.Http.Headers;
using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Hr;

/// <summary>
/// HR uploads a CSV of events. The file is streamed to Custody as it is (the Portal keeps no copy); the answer,
/// a finished report or a progress resource for a large file, is shown on the batch page.
/// </summary>
[Authorize(Roles = Roles.HR)]
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class UploadModel(ICustodyHrApi hr) : PortalPage
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
            var response = await hr.UploadHrFile(content, ct);
            if (response.IsSuccessStatusCode) return Redirect($"/hr/batches/{response.Content!.Id}");
            if (ServiceCall.IsUnavailable(response)) Unavailable.Add(ServiceNames.Custody);
            else foreach (var message in Problem.From(response.ErrorContent()) is var p && p.Errors.Count > 0
                              ? p.Errors.SelectMany(e => e.Value) : [p.Detail ?? "The file could not be read; nothing in it was applied."])
                    ModelState.AddModelError(nameof(Upload), message);
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.Custody);
        }
        return Page();
    }
}
