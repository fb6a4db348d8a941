using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Hr;

/// <summary>HR records one leave, return or departure; Custody applies it and moves custody as its rules say.</summary>
[Authorize(Roles = Roles.HR)]
public sealed class RecordEventModel(ICustodyHrApi hr) : PortalPage
{
    [BindProperty] public HrEventInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Recorded { get; set; }
    [BindProperty(SupportsGet = true)] public bool Duplicate { get; set; }

    public void OnGet() => Input.EventId = HrEventInput.NewReference();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var response = await hr.RecordHrEvent(Input.ToBody(), ct);
            if (response.IsSuccessStatusCode)
                return Redirect($"/hr/events/new?recorded={Uri.EscapeDataString(response.Content!.EventId)}&duplicate={response.Content.Duplicate}");
            if (ServiceCall.IsUnavailable(response)) Unavailable.Add(ServiceNames.Custody);
            else AddProblem(Problem.From(response.ErrorContent()), "Input.");
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.Custody);
        }
        return Page();
    }
}
