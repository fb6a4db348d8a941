using AccountGov.ServiceDefaults.Errors;
using Marten;
using Microsoft.Extensions.Options;

namespace AccountGov.Custody.Api.Credentials.Revealing;

/// <summary>Bound from "Custody:RevealRateLimit".</summary>
public sealed class RevealRateLimitOptions
{
    public int PermitLimit { get; set; } = 10;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>The reveals one person made in the current window, kept beside the audit events they came with.</summary>
public sealed class RevealAllowance
{
    public string Id { get; set; } = "";
    public List<DateTimeOffset> Recent { get; set; } = [];
}

/// <summary>
/// Reveals per person per window: a stolen session cannot drain the vault. The allowance is a document written in
/// the same commit as the reveal's audit event, so it is one limit for the whole service however many replicas
/// run, and only a reveal that happened counts: one refused or lost to a concurrent writer spends nothing.
/// Two reveals by the same person at once conflict on the document and are decided again, so the limit is exact.
/// </summary>
public sealed class RevealRateLimit(IOptions<RevealRateLimitOptions> options)
{
    public async Task Spend(IDocumentSession session, string userId, DateTimeOffset now, CancellationToken ct)
    {
        var (limit, window) = (options.Value.PermitLimit, options.Value.Window);
        var allowance = await session.LoadAsync<RevealAllowance>(userId, ct) ?? new RevealAllowance { Id = userId };
        allowance.Recent.RemoveAll(at => at <= now - window);
        if (allowance.Recent.Count >= limit)
            throw new TooManyRequests("You have revealed credentials too often in a short time; try again later.",
                allowance.Recent.Min() + window - now);
        allowance.Recent.Add(now);
        session.Store(allowance);
    }
}
