using System.Net;
using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Hr;

/// <summary>
/// One person as HR has told Custody about them (Custody's GET /staff/{id}): every HR event in the order received and
/// what it did, held, ignored or rejected ones with why, and the accounts and handovers those events touched.
/// </summary>
[Authorize(Roles = $"{Roles.HR},{Roles.Auditor}")]
public sealed class StaffModel(ICustodyHrApi hr) : PortalPage
{
    public StaffHrView? Person { get; private set; }

    public async Task<IActionResult> OnGetAsync(string staffId, CancellationToken ct)
    {
        var response = await Read(ServiceNames.Custody, () => hr.GetStaff(staffId, ct));
        if (response is { StatusCode: HttpStatusCode.NotFound }) return NotFound();
        if (response is { IsSuccessStatusCode: false }) throw response.Error!;
        Person = response?.Content;
        return Page();
    }

    /// <summary>What an event did, in HR's words.</summary>
    public static string Outcome(StaffHrEvent e) => e.Outcome switch
    {
        HrEventOutcome.Applied when e.ReleasedAt is { } at => $"Held at first, then applied on {at:d MMM yyyy} when what it refers to arrived",
        HrEventOutcome.Applied when e.SupersededBy is { } by => $"Applied, then replaced by event {by}",
        HrEventOutcome.Applied => e.Why is { } why ? $"Applied: {why}" : "Applied",
        HrEventOutcome.Held => $"Held: {e.Why}. It applies {e.Until}.",
        HrEventOutcome.Ignored => $"Ignored: {e.Why}",
        HrEventOutcome.Rejected => $"Rejected: {string.Join(" ", e.Errors?.SelectMany(f => f.Value) ?? [])} Nothing in it was applied: fix it and send it again.",
        _ => "Ignored: the same reference was already received, so nothing changed",
    };

    /// <summary>The dates an event carries, as HR sent them.</summary>
    public static string Dates(StaffHrEvent e) => string.Join(", ", new[]
    {
        e.LeaveType is { } t ? $"{t} leave" : null, e.From is { } f ? $"from {f:d MMM yyyy}" : null,
        e.To is { } to ? $"to {to:d MMM yyyy}" : null, e.LastWorkingDay is { } l ? $"last working day {l:d MMM yyyy}" : null,
    }.OfType<string>());
}
