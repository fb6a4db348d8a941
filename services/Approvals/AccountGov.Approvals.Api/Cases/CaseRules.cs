using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Approvals.Api.Cases;

/// <summary>The checks every decision shares. Messages name stages and states only, never a person.</summary>
public static class CaseRules
{
    public const int MaxCommentLength = 4000;

    /// <summary>Separation of duties (architecture.md): nobody endorses, reviews or decides their own request.</summary>
    public static void EnsureNotRequester(Case c, CurrentUser user)
    {
        if (user.UserId == c.Request.Requester.UserId)
            throw new AccessDenied("The requester cannot endorse, review or decide their own request.");
    }

    /// <summary>IG31 §8 four eyes: a custodian named on the request would authorise their own access to the account.</summary>
    public static void EnsureNotCustodian(Case c, CurrentUser user)
    {
        if (c.Request.Custodians.Any(x => x.UserId == user.UserId))
            throw new AccessDenied("A custodian named on the request cannot take the Business Development decision on it.");
    }

    /// <summary>The sponsor vouched for the request; reviewing its DPIA as IG would mark their own work.</summary>
    public static void EnsureNotSponsor(Case c, CurrentUser user)
    {
        if (user.UserId == c.Request.Sponsor.UserId || user.UserId == c.StageNamed(StageName.SponsorEndorsement)?.DecidedBy)
            throw new AccessDenied("The sponsor who endorsed the request cannot review its DPIA.");
    }

    /// <summary>The stage must exist on this case, the case must be open, and every earlier stage done.</summary>
    public static Stage EnsureActionable(Case c, StageName stage)
    {
        if (c.Status != CaseStatus.Open)
            throw new RuleViolation($"The case is {c.Status}; no decision can be recorded on it.");
        var target = c.StageNamed(stage)
            ?? throw new RuleViolation($"This request has no {stage} stage: its DPIA screening did not require one.");
        if (target.Status != StageStatus.Pending)
            throw new RuleViolation($"The {stage} stage was already decided.");
        if (c.CurrentStage is { } outstanding && outstanding != stage)
            throw new RuleViolation($"The {outstanding} stage is outstanding; {stage} comes after it.");
        return target;
    }

    public static void RequireComment(FieldErrors errors, string? comment, bool required, string why)
    {
        if (required && string.IsNullOrWhiteSpace(comment)) errors.Add("comment", why);
        else errors.AtMost("comment", comment, MaxCommentLength, $"A comment is at most {MaxCommentLength} characters.");
    }

    /// <summary>Parses an enum by its exact name only, so "1" or "approved" are refused rather than guessed.</summary>
    public static bool TryParseName<T>(string? value, out T parsed) where T : struct, Enum =>
        FieldErrors.TryParseName(value, ignoreCase: false, out parsed);

    public static string? Clean(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
