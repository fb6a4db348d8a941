using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Hr;

/// <summary>
/// HR uploads a CSV of events. The file is streamed to Custody as it is (<see cref="CsvUpload"/>); the answer,
/// a finished report or a progress resource for a large file, is shown on the batch page.
/// </summary>
[Authorize(Roles = Roles.HR)]
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class UploadModel(ICustodyHrApi hr) : PortalPage
{
    public const long MaxBytes = CsvUpload.MaxBytes;

    [BindProperty] public IFormFile? Upload { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await CsvUpload.Send(this, Upload, file => hr.UploadHrFile(file, ct), "The file could not be read; nothing in it was applied.")
            is { } batch ? Redirect($"/hr/batches/{batch.Id}") : Page();
}
