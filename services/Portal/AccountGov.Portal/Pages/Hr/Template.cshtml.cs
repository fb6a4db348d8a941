using System.Text;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountGov.Portal.Pages.Hr;

/// <summary>The CSV template HR fills in: the header Custody reads and one example of each kind of event that moves custody.</summary>
[Authorize(Roles = Roles.HR)]
public sealed class TemplateModel : PageModel
{
    public const string Csv =
        "eventId,type,staffId,leaveType,from,to,lastWorkingDay,team\n" +
        "hr-000001,LeaveBooked,example.person,Annual,2026-12-01,2026-12-14,,\n" +
        "hr-000002,Leaving,example.person,,,,2027-01-29,\n" +
        "hr-000003,Moved,example.person,,2027-02-01,,,Community Dietetics\n" +
        "hr-000004,Suspended,example.person,,2026-12-02,,,\n" +
        "hr-000005,Reinstated,example.person,,2026-12-16,,,\n";

    public IActionResult OnGet() => File(Encoding.UTF8.GetBytes(Csv), "text/csv", "hr-events-template.csv");
}
