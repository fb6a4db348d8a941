using AccountGov.Custody.Api.Reports;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using Marten;
using Contracts = AccountGov.Custody.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Handovers.Listing;

/// <summary>
/// GET /handovers?staffId=&amp;accountId=&amp;status= (staffId: handovers away from that person) and GET /handovers/{id}.
/// HR, BD and auditors see every handover; a sponsor those of the accounts they sponsor; anyone else only those they
/// give or receive.
/// </summary>
public static class ListHandovers
{
    private const int MaxTake = 500;

    public static void MapListHandovers(this RouteGroupBuilder group)
    {
        group.MapGet("/", List)
            .WithSummary("List handovers, filtered by status, account or person");
        group.MapGet("/{id:guid}", Get)
            .WithSummary("Read one handover and its checklist");
    }

    private static async Task<Results<Ok<Contracts.HandoverSummary[]>, ValidationProblem>> List(
        string? staffId, Guid? accountId, string? status, int? skip, int? take, CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        var errors = new FieldErrors();
        HandoverStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (FieldErrors.TryParseName<HandoverStatus>(status, ignoreCase: true, out var parsed)) wanted = parsed;
            else errors.Add("status", $"status must be one of {string.Join(", ", Enum.GetNames<HandoverStatus>())}.");
        }
        var (from, count) = errors.Paging(skip, take, MaxTake, defaultTake: 100);
        if (errors.Any) return errors.Problem();

        IQueryable<Handover> query = session.Query<Handover>();
        if (await SponsorScope.AccountsFor(user, session, ct) is { } sponsored)
            query = query.Where(h => h.FromUserId == user.UserId || h.ToUserId == user.UserId || sponsored.Contains(h.AccountId));
        if (!string.IsNullOrWhiteSpace(staffId)) query = query.Where(h => h.FromUserId == staffId);
        if (accountId is { } account) query = query.Where(h => h.AccountId == account);
        if (wanted is { } s) query = query.Where(h => h.Status == s);
        var page = await query.OrderByDescending(h => h.OpenedAt).Skip(from).Take(count).ToListAsync(ct);
        return TypedResults.Ok(page.Select(h => h.ToSummary()).ToArray());
    }

    private static async Task<Ok<Contracts.HandoverSummary>> Get(Guid id, CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        var handover = await session.LoadAsync<Handover>(id, ct) ?? throw new NotFound("Handover");
        if (handover.FromUserId != user.UserId && handover.ToUserId != user.UserId
            && await SponsorScope.AccountsFor(user, session, ct) is { } sponsored && !sponsored.Contains(handover.AccountId))
            throw new AccessDenied("Only HR, Business Development, auditors, the account's sponsor and the people in a handover may read it.");
        return TypedResults.Ok(handover.ToSummary());
    }
}

public static class HandoverSummaries
{
    public static Contracts.HandoverSummary ToSummary(this Handover h) => new(
        h.Id, h.AccountId, h.FromUserId, h.ToUserId, h.Kind.ToContract(),
        h.Reason.ToContract(), h.Status.ToContract(),
        h.DueBy, h.StartsOn, h.OpenedAt, h.RemindedAt, h.ClosedAt, h.RevertedBecause?.ToString());
}
