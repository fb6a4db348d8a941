using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Reviews;

/// <summary>
/// "Reviews": the open reviews this person can see, soonest first. Custodians and sponsors see their accounts';
/// BD and auditors every account's, and "Overdue" shows those past their due date (CO23 §3.4, IG31 §8.2).
/// </summary>
public sealed class IndexModel(ICustodyReviewsApi reviews, IAccountRequestsApi requests) : PortalPage
{
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }

    public IReadOnlyList<ReviewDetails> Shown { get; private set; } = [];

    public bool SeesEveryAccount => Me.IsIn(Roles.BusinessDevelopment) || Me.IsIn(Roles.Auditor);

    /// <summary>For BD: the policy texts past their review date (CO23 §7.2: none runs more than three years without review).</summary>
    public IReadOnlyList<PolicyVersionView> PoliciesPastReview { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Shown = await Read(ServiceNames.Custody, () => reviews.ListReviews(overdue: Show == "overdue" ? true : null, ct)) ?? [];
        if (Me.IsIn(Roles.BusinessDevelopment))
            PoliciesPastReview = (await Read(ServiceNames.AccountRequests, () => requests.Policies(ct)) ?? []).Where(p => p.PastReview).ToArray();
    }
}
