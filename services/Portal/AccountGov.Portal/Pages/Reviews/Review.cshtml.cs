using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using Microsoft.AspNetCore.Mvc;
using Refit;

namespace AccountGov.Portal.Pages.Reviews;

public sealed class ReviewInput
{
    public string? Outcome { get; set; }
    public bool? StillNeeded { get; set; }
    public bool? DisclaimerDisplayed { get; set; }
    public bool? ContentChecked { get; set; }
    public string? Findings { get; set; }
    public bool? MembershipReviewed { get; set; }
    public bool? ConditionMet { get; set; }
    public string? Tasks { get; set; }

    public ReviewCompletionBody ToBody() => new(Outcome, StillNeeded, DisclaimerDisplayed, ContentChecked, Findings, MembershipReviewed,
        ConditionMet, (Tasks ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

/// <summary>
/// One review (the page the review emails link to): custodians confirm they are still the right person, and a
/// custodian or the sponsor records it. Both post with the version read (If-Match), so a review recorded meanwhile
/// is not recorded twice: the page says so and shows it as it now is.
/// </summary>
public sealed class ReviewModel(ICustodyReviewsApi reviews, ICustodyApi custody) : PortalPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid ReviewId { get; set; }
    [BindProperty] public long Version { get; set; }
    [BindProperty] public ReviewInput Input { get; set; } = new();

    public ReviewDetails? Review { get; private set; }
    public AccountDetails? Account { get; private set; }

    public bool CanConfirm => Review is { Status: ReviewStatus.Due or ReviewStatus.ChangesNeeded, Kind: ReviewKind.Account } r
                              && r.Unconfirmed.Contains(Me.UserId);

    /// <summary>Only the sponsor decides an account is no longer needed (Custody refuses anyone else).</summary>
    public bool CanDecommission => Account is { } a && a.Sponsor.UserId == Me.UserId;

    public bool CanRecord => Review is { Status: ReviewStatus.Due or ReviewStatus.ChangesNeeded } && Account is { } a
                             && (a.Sponsor.UserId == Me.UserId || a.Custodians.Any(c => c.UserId == Me.UserId && c.Status != CustodianStatus.Left));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var all = await Read(ServiceNames.Custody, () => reviews.ListAccountReviews(Id, ct));
        Review = all?.FirstOrDefault(r => r.Id == ReviewId);
        if (all is not null && Review is null) return NotFound();
        Account = await Read(ServiceNames.Custody, () => custody.GetAccount(Id, ct: ct));
        return Page();
    }

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken ct) =>
        Send(() => reviews.ConfirmCustodian(Id, ReviewId, $"\"{Version}\"", ct), "confirmed", ct);

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        if (Input.Outcome is null)
        {
            // Said here in words: Custody's own message names the outcomes as the API spells them.
            ModelState.AddModelError("Input.Outcome", "Choose the outcome of the review.");
            await OnGetAsync(ct);
            return Page();
        }
        return await Send(() => reviews.CompleteReview(Id, ReviewId, Input.ToBody(), $"\"{Version}\"", ct), "recorded", ct);
    }

    private async Task<IActionResult> Send(Func<Task<IApiResponse<ReviewDetails>>> call, string done, CancellationToken ct)
    {
        try
        {
            var response = await call();
            if (response.IsSuccessStatusCode) return Redirect($"/accounts/{Id}/reviews/{ReviewId}?{done}=1");
            AddProblem(Problem.From(response.ErrorContent()), "Input.");
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.Custody);
        }
        await OnGetAsync(ct);
        return Page();
    }
}
