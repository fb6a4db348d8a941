using MassTransit;
using Refit;

namespace AccountGov.Custody.Contracts;

public enum ReviewKind { Account, Membership, Condition }

public enum ReviewStatus { Due, ChangesNeeded, Confirmed, Decommission, Closed }

/// <summary>
/// One scheduled review of an account (docs/custody.md "Reviews"). <c>Unconfirmed</c>: the Active custodians who have
/// not yet confirmed they are still the right person (an account review needs them all). <c>Version</c> is the ETag.
/// </summary>
public sealed record ReviewDetails(
    Guid Id, Guid AccountId, string Team, string Platform, string Handle, ReviewKind Kind, int Sequence, DateOnly DueOn,
    bool Overdue, string? Condition, ReviewStatus Status, IReadOnlyList<string> Confirmed, IReadOnlyList<string> Unconfirmed,
    IReadOnlyList<string> Tasks, string? Findings, DateOnly? RemindedOn, DateOnly? EscalatedOn, string? CompletedBy,
    DateTimeOffset? CompletedAt, bool? CredentialRotatedInPeriod, long Version);

/// <summary>
/// POST /accounts/{id}/reviews/{reviewId}/completion. <c>Outcome</c>: Confirmed, ChangesNeeded (with <c>Tasks</c>) or
/// Decommission. An account review answers <c>StillNeeded</c>, <c>DisclaimerDisplayed</c>, <c>ContentChecked</c> and
/// <c>Findings</c>; a membership review <c>MembershipReviewed</c>; a condition <c>ConditionMet</c>.
/// </summary>
public sealed record ReviewCompletionBody(
    string? Outcome, bool? StillNeeded = null, bool? DisclaimerDisplayed = null, bool? ContentChecked = null,
    string? Findings = null, bool? MembershipReviewed = null, bool? ConditionMet = null, IReadOnlyList<string>? Tasks = null);

/// <summary>A review comes due: its custodians and sponsor are reminded.</summary>
[MessageUrn("accountgov:custody:review-due:v1")]
public sealed record ReviewDue(
    Guid ReviewId, Guid AccountId, ReviewKind Kind, DateOnly DueOn, IReadOnlyList<string> ToUserIds, DateTimeOffset RemindedAt);

/// <summary>A review is overdue: Business Development is always told, and the sponsor when the account has one.</summary>
[MessageUrn("accountgov:custody:review-escalated:v1")]
public sealed record ReviewEscalated(Guid ReviewId, Guid AccountId, ReviewKind Kind, DateOnly DueOn, string? SponsorUserId, DateTimeOffset EscalatedAt);

/// <summary>A review was recorded. <c>Outcome</c>: Confirmed, ChangesNeeded or Decommission.</summary>
[MessageUrn("accountgov:custody:review-completed:v1")]
public sealed record ReviewCompleted(Guid ReviewId, Guid AccountId, ReviewKind Kind, string Outcome, string CompletedBy, DateTimeOffset CompletedAt);

/// <summary>Custody's review routes as a Refit client, beside <see cref="ICustodyApi"/>.</summary>
public interface ICustodyReviewsApi
{
    /// <summary>BD and auditors see every open review; anyone else those of the accounts they hold or sponsor.</summary>
    [Get("/reviews")]
    Task<IReadOnlyList<ReviewDetails>> ListReviews(bool? overdue = null, CancellationToken ct = default);

    [Get("/accounts/{accountId}/reviews")]
    Task<IReadOnlyList<ReviewDetails>> ListAccountReviews(Guid accountId, CancellationToken ct = default);

    [Post("/accounts/{accountId}/reviews/{reviewId}/confirmations")]
    Task<IApiResponse<ReviewDetails>> ConfirmCustodian(Guid accountId, Guid reviewId, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/accounts/{accountId}/reviews/{reviewId}/completion")]
    Task<IApiResponse<ReviewDetails>> CompleteReview(
        Guid accountId, Guid reviewId, [Body] ReviewCompletionBody body, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);
}
