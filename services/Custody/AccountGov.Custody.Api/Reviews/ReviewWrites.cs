using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using AccountGov.Custody.Api.Reviews.Reading;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using Marten;
using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.Api.Reviews;

/// <summary>
/// A person's write to a review: read the review and its account, check If-Match, decide, and append to every stream
/// decided on (the review, the next review, the account) in one commit, each at the version it was decided on.
/// Without If-Match a lost race is decided again on fresh state (LatestWins).
/// </summary>
public sealed class ReviewWrites(ISessionFactory sessions, CustodyDay day)
{
    public delegate IReadOnlyList<StreamAppend> Decision(Review review, Account account, DateOnly today, DateTimeOffset now);

    public Task<Contracts.ReviewDetails> Write(Guid accountId, Guid reviewId, long? expectedVersion, Decision decide, CancellationToken ct) =>
        LatestWins.Write(sessions, expectedVersion, async session =>
        {
            var review = await session.LoadAsync<Review>(reviewId, ct);
            if (review is null || review.AccountId != accountId) throw new NotFound("Review");
            if (expectedVersion is { } expected && expected != review.Version)
                throw new StaleVersion($"The review is not at version {expected}; read it again.");
            var account = await session.LoadAsync<Account>(accountId, ct) ?? throw new NotFound("Account");
            var appends = decide(review, account, day.Today, day.Now);
            await session.Append(appends, ct);
            var own = appends.Where(a => a.StreamId == review.Id).SelectMany(a => a.Events).ToList();
            var after = account.Fold(appends.Where(a => a.StreamId == account.Id).SelectMany(a => a.Events));
            return review.Fold(own).ToDetails(after, day.Today, review.Version + own.Count);
        });
}
