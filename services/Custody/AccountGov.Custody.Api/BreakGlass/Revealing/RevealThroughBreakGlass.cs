using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Credentials.Revealing;
using RevealedCredential = AccountGov.Custody.Contracts.RevealedCredential;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;

namespace AccountGov.Custody.Api.BreakGlass.Revealing;

/// <summary>
/// POST /accounts/{id}/break-glass/{breakGlassId}/reveal (BD, the opener only): one reveal inside the approved
/// window, through the same audited path as any reveal (the audit event is committed before the plaintext).
/// </summary>
public static class RevealThroughBreakGlass
{
    public static IReadOnlyList<object> Decide(Account account, CurrentUser user, Guid breakGlassId, string reason, DateTimeOffset now)
    {
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        var grant = account.BreakGlass.FirstOrDefault(g => g.Id == breakGlassId) ?? throw new NotFound("Break-glass request");
        if (grant.OpenedBy != user.UserId) throw new AccessDenied("Only the officer who opened break-glass access may use it.");
        if (grant.ApprovedBy is null) throw new RuleViolation("Break-glass access has not been approved by a second officer.");
        if (grant.Used) throw new RuleViolation("This break-glass access was already used; open a new one.");
        if (!grant.IsUsable(now)) throw new RuleViolation("This break-glass access has expired; open a new one.");
        var credential = account.Credential ?? throw new NotFound("A stored credential");
        return [new CredentialRevealed(account.Id, credential.VersionId, credential.Version, user.UserId, user.Name, reason, breakGlassId, now)];
    }

    public static void MapRevealThroughBreakGlass(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/break-glass/{breakGlassId:guid}/reveal", Handle)
            .RequireAuthorization(Roles.BusinessDevelopment)
            .WithSummary("Reveal the credential once through an approved break-glass grant");

    private static async Task<Results<Ok<RevealedCredential>, ValidationProblem>> Handle(
        Guid id, Guid breakGlassId, RevealCredentialBody body, CurrentUser user, AuditedReveal reveal, TimeProvider clock,
        HttpResponse response, CancellationToken ct)
    {
        var errors = RevealCredential.Validate(body.Reason);
        if (errors.Any) return errors.Problem();

        var now = clock.GetUtcNow();
        RevealedCredential secret = await reveal.RevealAsync(id, user.UserId, a => Decide(a, user, breakGlassId, body.Reason!.Trim(), now), ct);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(secret);
    }
}
