using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Credentials.Revealing;
using AccountGov.EventSourcing.Writing;
using RevealedCredential = AccountGov.Custody.Contracts.RevealedCredential;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;

namespace AccountGov.Custody.Api.BreakGlass.Revealing;

/// <summary>
/// POST /accounts/{id}/break-glass/{breakGlassId}/reveal (BD, the opener only): one reveal inside the approved
/// window, through the same audited path as any reveal. The grant's <see cref="BreakGlassUsed"/> and the account's
/// <see cref="CredentialRevealed"/> are committed together, each at the version read, before the plaintext.
/// </summary>
public static class RevealThroughBreakGlass
{
    /// <summary>The two appends of one break-glass reveal: the grant is used up, the account audits the reveal.</summary>
    public static IReadOnlyList<StreamAppend> Decide(Account account, BreakGlassGrant? grant, CurrentUser user, string reason, DateTimeOffset now)
    {
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        if (grant is null) throw new NotFound("Break-glass request");
        if (grant.OpenedBy != user.UserId) throw new AccessDenied("Only the officer who opened break-glass access may use it.");
        if (grant.ApprovedBy is null) throw new RuleViolation("Break-glass access has not been approved by a second officer.");
        if (grant.Used) throw new RuleViolation("This break-glass access was already used; open a new one.");
        if (!grant.IsUsable(now)) throw new RuleViolation("This break-glass access has expired; open a new one.");
        var credential = account.Credential ?? throw new NotFound("A stored credential");
        return
        [
            new StreamAppend(grant.Id, grant.Version, [new BreakGlassUsed(account.Id, grant.BreakGlassId, user.UserId, credential.VersionId, now)]),
            new StreamAppend(account.Id, account.Version, [new CredentialRevealed(account.Id, credential.VersionId, credential.Version,
                user.UserId, user.Name, reason, grant.BreakGlassId, now)]),
        ];
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
        RevealedCredential secret = await reveal.RevealAsync(id, user.UserId, async (session, token) =>
        {
            var account = await session.LoadAsync<Account>(id, token) ?? throw new NotFound("Account");
            var grant = await session.LoadAsync<BreakGlassGrant>(StreamIds.ForBreakGlass(id, breakGlassId), token);
            await session.Append(Decide(account, grant, user, body.Reason!.Trim(), now), token);
            return account.Credential!;
        }, ct);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(secret);
    }
}
