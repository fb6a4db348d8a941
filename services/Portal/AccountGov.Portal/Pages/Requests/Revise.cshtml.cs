using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Portal.Services;
using Microsoft.AspNetCore.Mvc;
using Refit;

namespace AccountGov.Portal.Pages.Requests;

/// <summary>
/// Revise a request sent back for changes. The version read when the form opened travels with it and goes back as
/// If-Match, so a change made meanwhile by someone else is refused (412) instead of overwritten.
/// </summary>
public sealed class ReviseModel(IAccountRequestsApi requests) : BusinessCasePage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public long Version { get; set; }
    public string? ChangesAsked { get; private set; }

    public override string Heading => "Revise your request";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var response = await Read(ServiceNames.AccountRequests, () => requests.Get(Id, ct));
        if (response is null) return Page();
        if (!response.IsSuccessStatusCode) return StatusCode((int)response.StatusCode!.Value);
        var request = response.Content!;
        if (request.Status != RequestStatus.ChangesRequested) return Redirect($"/requests/{Id}");
        Input = BusinessCaseInput.From(request);
        Version = request.Version;
        ChangesAsked = request.History.LastOrDefault(h => h.Comment is not null)?.Comment;
        return Page();
    }

    protected override Task<IApiResponse<RequestAccepted>> Send(BusinessCaseBody body, CancellationToken ct) =>
        requests.Revise(Id, $"\"{Version}\"", body, ct);
}
