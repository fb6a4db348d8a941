using AccountGov.Custody.Api.Accounts;
using RevealedCredential = AccountGov.Custody.Contracts.RevealedCredential;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Credentials.Revealing;

public sealed record RevealCredentialBody(string? Reason);

/// <summary>
/// POST /accounts/{id}/credential/reveal: only an Active custodian of this account, not on leave, leaving or
/// left (IG31 §8.1), who has acknowledged the never-post rules on this account (CO23 §3.5). BD has no standing
/// access: it uses break-glass. Rate-limited per user.
/// </summary>
public static class RevealCredential
{
    public const int MaxReason = 500;

    public static IReadOnlyList<object> Decide(Account account, CurrentUser user, string reason, DateTimeOffset now)
    {
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        if (!account.IsActiveCustodian(user.UserId))
            throw new AccessDenied("Only an active custodian of this account may reveal its credential.");
        var credential = account.Credential ?? throw new NotFound("A stored credential");
        // The reveal is where a custodian can post, so they first say they know what must never be posted.
        if (!account.RulesAcknowledgedBy.Contains(user.UserId))
            throw new RuleViolation("Before your first reveal, read and acknowledge the rules on what must never be posted " +
                                    "on this account (CO23 §3.5).");
        return [new CredentialRevealed(account.Id, credential.VersionId, credential.Version, user.UserId, user.Name, reason, null, now)];
    }

    public static FieldErrors Validate(string? reason)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(reason)) errors.Add("reason", "A reason is required to reveal a credential.");
        else errors.AtMost("reason", reason, MaxReason, $"The reason may be at most {MaxReason} characters.");
        return errors;
    }

    public static void MapRevealCredential(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/credential/reveal", Handle)
            .WithSummary("Reveal the current credential to an active custodian, audited first");

    private static async Task<Results<Ok<RevealedCredential>, ValidationProblem>> Handle(
        Guid id, RevealCredentialBody body, CurrentUser user, AuditedReveal reveal, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var errors = Validate(body.Reason);
        if (errors.Any) return errors.Problem();

        var now = clock.GetUtcNow();
        RevealedCredential secret = await reveal.RevealAsync(id, user.UserId, account => Decide(account, user, body.Reason!.Trim(), now), ct);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(secret);
    }
}
