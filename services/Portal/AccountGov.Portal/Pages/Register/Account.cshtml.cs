using System.Net;
using AccountGov.Custody.Contracts;
using AccountGov.Portal.Pages.Custody;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using AuthorizeAttribute = Microsoft.AspNetCore.Authorization.AuthorizeAttribute;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Refit;

namespace AccountGov.Portal.Pages.Register;

/// <summary>
/// One account for Business Development and auditors: custodians now or as of a chosen date, the business case
/// and DPIA (on the request's own page), the audit trail, who could have seen the password since it last changed,
/// and break-glass: a BD officer opens it, another approves it (never their own), the opener reveals once.
/// </summary>
[Authorize(Roles = $"{Roles.BusinessDevelopment},{Roles.Auditor}")]
public sealed class AccountModel(ICustodyApi custody, ICustodyHandoversApi handovers, IOptions<RevealOptions> reveal) : PortalPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public long Version { get; set; }

    public AccountDetails? Account { get; private set; }
    public AccountDetails? Then { get; private set; }
    public IReadOnlyList<AuditEntry>? Audit { get; private set; }
    public ExposureReport? Exposure { get; private set; }
    public IReadOnlyList<BreakGlassDetails>? BreakGlass { get; private set; }
    public RevealedCredential? Secret { get; private set; }
    public int VisibleSeconds => reveal.Value.VisibleSeconds;
    public bool IsBd => Me.IsIn(Roles.BusinessDevelopment);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Load(ct);

    public Task<IActionResult> OnPostOpenAsync(CancellationToken ct) => string.IsNullOrWhiteSpace(Reason)
        ? Refuse(nameof(Reason), "Say why emergency access is needed.", ct)
        : Act(() => custody.OpenBreakGlass(Id, new OpenBreakGlassBody(Reason.Trim()), ct), ct);

    public Task<IActionResult> OnPostApproveAsync(Guid breakGlassId, CancellationToken ct) =>
        Act(() => custody.ApproveBreakGlass(Id, breakGlassId, ct), ct);

    public async Task<IActionResult> OnPostRevealAsync(Guid breakGlassId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Reason)) return await Refuse("Reason", "Say why you need the password.", ct);
        await Call(async () => Secret = await custody.RevealThroughBreakGlass(Id, breakGlassId, new RevealBody(Reason.Trim()), ct));
        return await Load(ct);
    }

    /// <summary>IG31 §8.1: BD asks a custodian to hand the account over, on the account version the officer was shown.</summary>
    public async Task<IActionResult> OnPostRequestHandoverAsync(string custodian, CancellationToken ct)
    {
        var response = await handovers.RequestHandover(Id, custodian, $"\"{Version}\"", ct);
        if (response.IsSuccessStatusCode) return Redirect("/custody/handovers");
        if (ServiceCall.IsUnavailable(response)) Unavailable.Add(ServiceNames.Custody);
        else AddProblem(Problem.From(response.ErrorContent()), "");
        return await Load(ct);
    }

    private async Task<IActionResult> Act(Func<Task<BreakGlassDetails>> call, CancellationToken ct) =>
        await Call(call) ? Redirect($"/register/{Id}#break-glass") : await Load(ct);

    private async Task<IActionResult> Refuse(string field, string message, CancellationToken ct)
    {
        ModelState.AddModelError(field, message);
        return await Load(ct);
    }

    private async Task<bool> Call(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e)) { Unavailable.Add(ServiceNames.Custody); }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.TooManyRequests) { ModelState.AddModelError("", "Too many reveals in a short time; try again later."); }
        catch (ApiException e) when ((int)e.StatusCode is >= 400 and < 500) { AddProblem(Problem.From(e.Content), ""); }
        return false;
    }

    private async Task<IActionResult> Load(CancellationToken ct)
    {
        try
        {
            Account = await Read(ServiceNames.Custody, () => custody.GetAccount(Id, ct: ct));
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return NotFound();
        }
        if (Account is not null) Version = Account.Version;
        if (AsOf is { } day)
        {
            var endOfDay = new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
            try { Then = await Read(ServiceNames.Custody, () => custody.GetAccount(Id, endOfDay, ct)); }
            catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound) { Then = null; } // it did not exist yet
        }
        Audit = await Read(ServiceNames.Custody, () => custody.GetAudit(Id, ct: ct));
        Exposure = await Read(ServiceNames.Custody, () => custody.GetAccountExposure(Id, ct));
        BreakGlass = await Read(ServiceNames.Custody, () => custody.ListBreakGlass(Id, ct));
        return Page();
    }
}
