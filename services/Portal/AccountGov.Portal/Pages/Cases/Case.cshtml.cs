using System.Net;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc;
using Refit;

namespace AccountGov.Portal.Pages.Cases;

/// <summary>
/// A case as its deciders see it: the whole business case and DPIA (AccountRequests), every stage and decision
/// (Approvals), and only the decision this person may take now. Saying no, or asking for changes, needs a reason.
/// The case's version goes back as If-Match, so a decision on a case that moved meanwhile is refused, not misapplied.
/// BD may also replace a sponsor who cannot endorse, and send the case back to the requester at any stage; IG accepts,
/// asks for changes to, or rejects the DPIA (accepting a High residual risk needs a comment).
/// </summary>
public sealed class CaseModel(IAccountRequestsApi requests, IApprovalsApi approvals) : PortalPage
{
    private static readonly Dictionary<string, string> Fields =
        new(SponsorInput.Fields) { ["comment"] = "Comment", ["outcome"] = "Outcome" };

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public long Version { get; set; }
    [BindProperty] public SponsorInput Sponsor { get; set; } = new();
    [BindProperty] public ApprovalTerms Terms { get; set; } = new();

    public RequestDetails? Details { get; private set; }
    public CaseDetails? Case { get; private set; }

    private bool AtStage(StageName stage) => Case is { Status: CaseStatus.Open } c && c.CurrentStage == stage;
    public bool CanEndorse => AtStage(StageName.SponsorEndorsement) && Me.IsIn(Roles.SeniorManager) && Case!.Sponsor.UserId == Me.UserId;
    public bool CanReviewDpia => AtStage(StageName.DpiaReview) && Case!.DpiaAttached && Me.IsIn(Roles.InformationGovernance);
    public bool CanDecide => AtStage(StageName.BusinessDevelopmentDecision) && Me.IsIn(Roles.BusinessDevelopment)
                             && Case!.Requester.UserId != Me.UserId && Case.Sponsor.UserId != Me.UserId;

    /// <summary>BD, and neither the requester nor the sponsor of this case (separation of duties).</summary>
    public bool ActsForBd => Me.IsIn(Roles.BusinessDevelopment) && Case is { } c && c.Requester.UserId != Me.UserId && c.Sponsor.UserId != Me.UserId;
    public bool CanReplaceSponsor => ActsForBd && SponsorInput.CanReplace(Case, Me.UserId, isBd: true);
    /// <summary>At the BD decision the decision form asks for changes; before it, BD sends the case back from here.</summary>
    public bool CanSendBack => ActsForBd && Case is { Status: CaseStatus.Open } c && c.CurrentStage != StageName.BusinessDevelopmentDecision;
    public bool HighResidualRisk => Case?.DpiaResidualRisk == "High";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Load(ct);

    public Task<IActionResult> OnPostEndorseAsync(CancellationToken ct) =>
        Record(Outcome is "Endorse" or "Decline", Outcome == "Decline", "Say why you do not endorse it.",
            () => approvals.Endorse(Id, new EndorsementBody(Outcome == "Endorse", Comment), IfMatch, ct), ct);

    public Task<IActionResult> OnPostReviewAsync(CancellationToken ct) =>
        // Accepting a High residual risk without a comment is refused by Approvals, which knows the risk; its field
        // error lands on the comment.
        Record(Outcome is "Accepted" or "ChangesRequested" or "Rejected", Outcome != "Accepted",
            Outcome == "Rejected" ? "Say why the DPIA is not acceptable." : "Say what the requester must change in the DPIA.",
            () => approvals.ReviewDpia(Id, new DpiaReviewBody(Outcome, Comment), IfMatch, ct), ct);

    public Task<IActionResult> OnPostDecideAsync(CancellationToken ct)
    {
        // BD's terms of an approval: the review interval and the conditions, each with a date if it has one (Custody
        // schedules a review for each dated condition). Only sent with an approval; Approvals refuses them otherwise.
        var terms = Outcome == "Approved" ? Terms.Read(ModelState) : null;
        return Record(Outcome is "Approved" or "ChangesRequested" or "Rejected", Outcome is "ChangesRequested" or "Rejected",
            Outcome == "Rejected" ? "Say why the request is rejected." : "Say what needs to change.",
            () => approvals.Decide(Id, terms is null ? new DecisionBody(Outcome, Comment)
                : new DecisionBody(Outcome, Comment, terms.Plain, terms.IntervalMonths, terms.Dated), IfMatch, ct), ct,
            fields: terms?.Fields);
    }

    public Task<IActionResult> OnPostSendBackAsync(CancellationToken ct) =>
        Record(true, true, "Say what the requester needs to change.",
            () => approvals.Decide(Id, new DecisionBody("ChangesRequested", Comment), IfMatch, ct), ct);

    // The service names each missing or unacceptable field (the requester, a custodian), so the page adds no rules.
    public Task<IActionResult> OnPostReplaceSponsorAsync(CancellationToken ct) =>
        Record(true, false, "", () => approvals.ReplaceSponsor(Id, Sponsor.ToBody(), IfMatch, ct), ct, done: "sponsor");

    private string IfMatch => $"\"{Version}\"";

    private async Task<IActionResult> Record(bool outcomeChosen, bool reasonNeeded, string reasonMessage, Func<Task<CaseDetails>> call,
        CancellationToken ct, string done = "1", IReadOnlyDictionary<string, string>? fields = null)
    {
        if (!outcomeChosen) ModelState.AddModelError(nameof(Outcome), "Choose your decision.");
        else if (reasonNeeded && string.IsNullOrWhiteSpace(Comment)) ModelState.AddModelError(nameof(Comment), reasonMessage);
        if (ModelState.ErrorCount > 0) return await Load(ct);
        try
        {
            await call();
            return Redirect($"/cases/{Id}?done={done}");
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.Approvals);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            ModelState.AddModelError("", "Someone else acted on this case after you opened it, so your decision was not recorded. The page now shows the latest; decide again if you still need to.");
        }
        catch (ApiException e) when ((int)e.StatusCode is >= 400 and < 500)
        {
            AddProblem(Problem.From(e.Content), "", fields is null ? Fields : new Dictionary<string, string>(Fields).Concat(fields)
                .GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Last().Value));
        }
        return await Load(ct);
    }

    private async Task<IActionResult> Load(CancellationToken ct)
    {
        var response = await Read(ServiceNames.AccountRequests, () => requests.Get(Id, ct));
        if (response is { IsSuccessStatusCode: false } && !ServiceCall.IsUnavailable(response)) return StatusCode((int)response.StatusCode!.Value);
        if (response is { IsSuccessStatusCode: false }) Unavailable.Add(ServiceNames.AccountRequests);
        Details = response?.Content;
        Case = await Read(ServiceNames.Approvals, () => approvals.GetCase(Id, ct));
        if (Case is not null) Version = Case.Version;
        return Page();
    }
}
