using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.Api.Cases.Withdrawing;

/// <summary>The requester withdrew the request: the case closes. A decided or already withdrawn case stays as it is.</summary>
public static class WithdrawCase
{
    public static IReadOnlyList<object> Decide(Case c, RequestWithdrawn withdrawn) =>
        c.Status is CaseStatus.Open or CaseStatus.ChangesRequested
            ? [new CaseWithdrawn(c.Id, withdrawn.WithdrawnBy, withdrawn.WithdrawnAt)]
            : [];
}
