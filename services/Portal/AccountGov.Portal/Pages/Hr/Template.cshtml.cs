using System.Text;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountGov.Portal.Pages.Hr;

/// <summary>The CSV template HR fills in: the header Custody reads and one example of leave and of a leaver.</summary>
[Authorize(Roles = Roles.HR)]
public sealed class TemplateModel : PageModel
{
    public const string Csv =
        "eventId,type,staffId,leaveType,from,to,lastWorkingDay\n" +
        "hr-000001,LeaveBooked,example.person,Annual,2026-12-01,2026-12-14,\n" +
        "hr-000002,Leaving,example.person,,,,2027-01-29\n";

    public IActionResult OnGet() => File(Encoding.UTF8.GetBytes(Csv), "text/csv", "hr-events-template.csv");
}
