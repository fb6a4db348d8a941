using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Register;

/// <summary>
/// BD imports the accounts that existed before AccountGov (MECCG139 §6): the CSV goes to Custody as it is
/// (<see cref="CsvUpload"/>) and the per-row report is shown on the import's page.
/// </summary>
[Authorize(Roles = Roles.BusinessDevelopment)]
[RequestSizeLimit(CsvUpload.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CsvUpload.MaxBytes)]
public sealed class ImportModel(ICustodyApi custody) : PortalPage
{
    [BindProperty] public IFormFile? Upload { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await CsvUpload.Send(this, Upload, file => custody.ImportAccounts(file, ct), "The file could not be read; nothing in it was imported.")
            is { } report ? Redirect($"/register/imports/{report.Id}") : Page();
}
