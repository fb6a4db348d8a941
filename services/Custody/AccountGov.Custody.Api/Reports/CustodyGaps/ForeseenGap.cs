using AccountGov.Custody.Api.Hr.Staff;

namespace AccountGov.Custody.Api.Reports.CustodyGaps;

public sealed record CustodyGapForeseen(Guid AccountId, DateOnly OpensOn, string? SponsorUserId, DateTimeOffset At);
public sealed record CustodyGapNoLongerForeseen(Guid AccountId, DateTimeOffset At);

/// <summary>
/// What BD and the sponsor were last told of a gap ahead on one account, so each gap ahead (or each new day it will
/// open) is announced once, however often it is looked for. The gap itself, when it comes, is <see cref="CustodyGap"/>.
/// </summary>
public sealed record ForeseenGap(Guid Id, Guid AccountId, DateOnly? OpensOn)
{
    public static ForeseenGap Create(CustodyGapForeseen e) => new(StreamIds.ForForeseenGap(e.AccountId), e.AccountId, e.OpensOn);

    public ForeseenGap Apply(CustodyGapForeseen e) => this with { OpensOn = e.OpensOn };

    public ForeseenGap Apply(CustodyGapNoLongerForeseen e) => this with { OpensOn = null };

    /// <summary>Pure: <paramref name="opensOn"/> is the first day ahead with no custodian, or null for none.</summary>
    public static IReadOnlyList<object> Decide(ForeseenGap? state, Guid accountId, string? sponsorUserId, DateOnly? opensOn, DateTimeOffset now) =>
        opensOn is { } day && state?.OpensOn != day ? [new CustodyGapForeseen(accountId, day, sponsorUserId, now)]
        : opensOn is null && state?.OpensOn is not null ? [new CustodyGapNoLongerForeseen(accountId, now)]
        : [];
}
