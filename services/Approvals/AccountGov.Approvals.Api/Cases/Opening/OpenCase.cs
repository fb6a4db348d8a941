using AccountGov.AccountRequests.Contracts;

namespace AccountGov.Approvals.Api.Cases.Opening;

public static class OpenCase
{
    /// <summary>A case opens once per request: nothing happens when one already exists.</summary>
    public static IReadOnlyList<object> Decide(Case? existing, RequestSubmitted submitted, DateTimeOffset now) =>
        existing is not null
            ? []
            : [new CaseOpened(submitted.RequestId, submitted.Team, submitted.Platform, submitted.Handle, submitted.Requester.UserId, now)];
}
