using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Portal.Services;

namespace AccountGov.Portal.Pages.Requests;

/// <summary>The signed-in person's own requests.</summary>
public sealed class IndexModel(IAccountRequestsApi requests) : PortalPage
{
    public IReadOnlyList<RequestSummary>? Requests { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var mine = await Read(ServiceNames.AccountRequests, () => requests.Mine(ct: ct));
        Requests = mine?.OrderByDescending(r => r.LastChangedAt).ToList();
    }
}
