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
    [BindProperty(SupportsGet = true)] public HrEventOutcome? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public string? Why { get; set; }
    [BindProperty(SupportsGet = true)] public string? Until { get; set; }
    [BindProperty(SupportsGet = true)] public string? Staff { get; set; }

    /// <summary>Whose HR record now lists the refused event, when Custody refused it (400).</summary>
    public string? RefusedFor { get; private set; }

    public void OnGet() => Input.EventId = HrEventInput.NewReference();

    /// <summary>What the recorded event did, in HR's words.</summary>
    public string RecordedText(string eventId) => (Duplicate ? HrEventOutcome.Duplicate : Outcome ?? HrEventOutcome.Applied) switch
    {
        HrEventOutcome.Held => $"Event {eventId} is recorded but held: {Why}. It applies {Until}.",
        HrEventOutcome.Ignored => $"Event {eventId} is recorded but changed nothing: {Why}.",
        HrEventOutcome.Duplicate => $"Event {eventId} was already recorded, so nothing changed.",
        _ => $"Event {eventId} is recorded and applied.",
    };

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var response = await hr.RecordHrEvent(Input.ToBody(), ct);
            if (response.IsSuccessStatusCode && response.Content is { } done)
                return Redirect($"/hr/events/new?recorded={Uri.EscapeDataString(done.EventId)}&duplicate={done.Duplicate}&outcome={done.Outcome}" +
                                $"&why={Uri.EscapeDataString(done.Why ?? "")}&until={Uri.EscapeDataString(done.Until ?? "")}&staff={Uri.EscapeDataString(Input.StaffId ?? "")}");
            if (ServiceCall.IsUnavailable(response)) Unavailable.Add(ServiceNames.Custody);
            else
            {
                AddProblem(Problem.From(response.ErrorContent()), "Input.");
                // Custody keeps a refused event on the person's record when the staff ID itself was fine.
                RefusedFor = ModelState.GetFieldValidationState("Input.StaffId") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid ? null : Input.StaffId?.Trim();
            }
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.Custody);
        }
        return Page();
    }
}
