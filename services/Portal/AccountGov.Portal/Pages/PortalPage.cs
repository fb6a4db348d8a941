using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountGov.Portal.Pages;

/// <summary>
/// What every signed-in page shares: who is looking, and which services did not answer while the page was built,
/// so the layout can say so in place while the rest of the page still renders.
/// </summary>
public abstract class PortalPage : PageModel
{
    public List<string> Unavailable { get; } = [];

    public CurrentUser Me => CurrentUser.From(User);

    /// <summary>Calls a service; if it is down, notes that and returns null. Other errors are real faults.</summary>
    protected async Task<T?> Read<T>(string service, Func<Task<T>> call) where T : class
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(service);
            return null;
        }
    }

    /// <summary>
    /// A refusal from a service into the error summary: each field error against its form field (under
    /// <paramref name="prefix"/>), or the problem's detail when it names no field. <paramref name="aggregates"/>
    /// sends an error about a whole group ("custodians") to the group's first field.
    /// </summary>
    protected void AddProblem(Problem problem, string prefix, IReadOnlyDictionary<string, string>? aggregates = null)
    {
        if (problem.Errors.Count == 0)
            ModelState.AddModelError("", problem.Detail ?? problem.Title ?? "The service refused this. Check your answers and try again.");
        foreach (var (field, messages) in problem.Errors)
        {
            var target = aggregates?.GetValueOrDefault(field) ?? field;
            foreach (var message in messages) ModelState.AddModelError(Problem.FieldName(prefix, target), message);
        }
    }
}
