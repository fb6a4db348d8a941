using AccountGov.AccountRequests.Contracts.Http;
using Refit;

namespace AccountGov.Portal.Pages.Requests;

/// <summary>Ask for a new account: the business case, its DPIA screening and, for messaging, the CO23 checklist.</summary>
public sealed class NewModel(IAccountRequestsApi requests) : BusinessCasePage
{
    public override string Heading => "Ask for a social media account";

    public void OnGet() { }

    protected override Task<IApiResponse<RequestAccepted>> Send(BusinessCaseBody body, CancellationToken ct) => requests.Submit(body, ct);
}
