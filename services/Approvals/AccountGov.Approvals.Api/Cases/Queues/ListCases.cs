using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Reading;
using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Approvals.Api.Cases.Queues;

/// <summary>
/// The work queues. BD and IG filter by the stage they own (<c>?stage=BusinessDevelopmentDecision</c>,
/// <c>?stage=DpiaReview</c>); a sponsor sees what awaits their endorsement. Earliest due first; overdue flagged.
/// <c>?stage=DpiaReview</c> lists only reviews IG can act on (the full DPIA attached); those still waiting for the
/// requester's DPIA (or an amended one) are on <c>/cases/awaiting-dpia</c>.
/// </summary>
public static class ListCases
{
    public const int DefaultTake = 50;
    public const int MaxTake = 200;

    public static void MapListCases(this RouteGroupBuilder group)
    {
        group.MapGet("/", Queue).RequireAuthorization(p =>
            p.RequireRole(Roles.BusinessDevelopment, Roles.InformationGovernance, Roles.Auditor))
            .WithSummary("List the cases at a stage (IG's and BD's queues), oldest due first");
        group.MapGet("/awaiting-my-endorsement", AwaitingMyEndorsement).RequireAuthorization(Roles.SeniorManager)
            .WithSummary("List the cases waiting for the caller's endorsement as sponsor");
        group.MapGet("/awaiting-dpia", AwaitingDpia).RequireAuthorization(p =>
            p.RequireRole(Roles.BusinessDevelopment, Roles.InformationGovernance, Roles.Auditor))
            .WithSummary("List the cases waiting for the requester's DPIA, which IG cannot act on yet");
    }

    private static async Task<Results<Ok<CaseSummary[]>, ValidationProblem>> Queue(
        string? stage, string? status, int? skip, int? take, IQuerySession session, TimeProvider clock,
        DeadlinePolicy deadlines, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (from, count) = errors.Paging(skip, take, MaxTake, DefaultTake);
        if (stage is not null && !CaseRules.TryParseName<StageName>(stage, out _))
            errors.Add("stage", $"The stage must be one of {string.Join(", ", Enum.GetNames<StageName>())}.");
        if (status is not null && !CaseRules.TryParseName<CaseStatus>(status, out _))
            errors.Add("status", $"The status must be one of {string.Join(", ", Enum.GetNames<CaseStatus>())}.");
        if (errors.Any) return errors.Problem();

        var query = session.Query<Case>().AsQueryable();
        if (stage is not null)
        {
            var wanted = Enum.Parse<StageName>(stage);
            query = query.Where(c => c.CurrentStage == wanted);
            // A review whose DPIA is not attached is nothing IG can act on yet.
            if (wanted == StageName.DpiaReview) query = query.Where(c => c.DpiaAttached);
        }
        if (status is not null)
        {
            var wanted = Enum.Parse<CaseStatus>(status);
            query = query.Where(c => c.Status == wanted);
        }
        return TypedResults.Ok(await Page(query, from, count, deadlines.Today(clock.GetUtcNow()), ct));
    }

    private static async Task<Results<Ok<CaseSummary[]>, ValidationProblem>> AwaitingMyEndorsement(
        int? skip, int? take, CurrentUser user, IQuerySession session, TimeProvider clock, DeadlinePolicy deadlines, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (from, count) = errors.Paging(skip, take, MaxTake, DefaultTake);
        if (errors.Any) return errors.Problem();
        var query = session.Query<Case>()
            .Where(c => c.SponsorId == user.UserId && c.CurrentStage == StageName.SponsorEndorsement);
        return TypedResults.Ok(await Page(query, from, count, deadlines.Today(clock.GetUtcNow()), ct));
    }

    private static async Task<Results<Ok<CaseSummary[]>, ValidationProblem>> AwaitingDpia(
        int? skip, int? take, IQuerySession session, TimeProvider clock, DeadlinePolicy deadlines, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (from, count) = errors.Paging(skip, take, MaxTake, DefaultTake);
        if (errors.Any) return errors.Problem();
        var query = session.Query<Case>().Where(c => c.CurrentStage == StageName.DpiaReview && !c.DpiaAttached);
        return TypedResults.Ok(await Page(query, from, count, deadlines.Today(clock.GetUtcNow()), ct));
    }

    private static async Task<CaseSummary[]> Page(IQueryable<Case> query, int skip, int take, DateOnly today, CancellationToken ct)
    {
        // PostgreSQL sorts nulls last ascending: cases with no running clock come after every dated one.
        var page = await query.OrderBy(c => c.DueBy).ThenBy(c => c.OpenedAt)
            .Skip(skip).Take(take).ToListAsync(ct);
        return page.Select(c => CaseView.Summary(c, today)).ToArray();
    }
}
