using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Reviews.Completing;
using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.Api.Reviews.Reading;

public static class ReviewViews
{
    public static Contracts.ReviewDetails ToDetails(this Review r, Account? account, DateOnly today, long version) => new(
        r.Id, r.AccountId, account?.Team ?? "", account?.Platform ?? "", account?.Handle ?? "", r.Kind.ToContract(),
        r.Sequence, r.DueOn, r.IsOpen && r.DueOn < today, r.Condition, r.Status.ToContract(), r.Confirmed,
        account is not null && r.IsOpen ? CompleteReview.Unconfirmed(r, account) : [], r.Tasks, r.Findings, r.RemindedOn,
        r.EscalatedOn, r.CompletedBy, r.CompletedAt, r.Checks?.CredentialRotatedInPeriod, version);
}
