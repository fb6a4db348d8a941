using AccountGov.Custody.Api.Credentials.Obligations;
using AccountGov.Custody.Contracts;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Reports;

/// <summary>
/// GET /accounts/{id}/exposure and GET /reports/exposure?userId= (BD, Auditor): "which passwords must we change
/// now that Carl has left?" Lists only accounts whose current credential version that person could have seen.
/// A sponsor (SeniorManager) reads the exposure of the accounts they sponsor (<see cref="SponsorScope"/>): 403 for another.
/// </summary>
public static class GetExposure
{
    public static void MapAccountExposure(this RouteGroupBuilder accounts) =>
        accounts.MapGet("/{id:guid}/exposure", ForAccount).RequireAuthorization(CustodyPolicies.ExposureReaders)
            .WithSummary("Who could have seen an account's password since it last changed");

    public static void MapExposureReport(this RouteGroupBuilder reports) =>
        reports.MapGet("/exposure", Handle).RequireAuthorization(CustodyPolicies.ExposureReaders)
            .WithSummary("The accounts whose credential a person could have seen");

    private static async Task<Ok<ExposureReport>> ForAccount(Guid id, CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        var exposure = await session.LoadAsync<CredentialExposure>(id, ct) ?? throw new NotFound("Account");
        if (await SponsorScope.AccountsFor(user, session, ct) is { } sponsored && !sponsored.Contains(id))
            throw new AccessDenied("A sponsor reads the exposure of the accounts they sponsor only.");
        var obligations = await session.LoadAsync<CredentialObligations>(StreamIds.ForCredentialObligations(id), ct);
        return TypedResults.Ok(ToReport(exposure) with { OpenRotations = ObligationsView.Open(obligations) });
    }

    private static async Task<Results<Ok<ExposureReport[]>, ValidationProblem>> Handle(
        string? userId, int? skip, int? take, CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (from, count) = errors.Paging(skip, take, maxTake: 500, defaultTake: 100);
        if (errors.Any) return errors.Problem();
        IQueryable<CredentialExposure> query = session.Query<CredentialExposure>().Where(x => x.Version != null);
        if (!string.IsNullOrWhiteSpace(userId)) query = query.Where(x => x.People.Any(p => p.UserId == userId));
        if (await SponsorScope.AccountsFor(user, session, ct) is { } sponsored) query = query.Where(x => sponsored.Contains(x.Id));
        var found = await query.OrderBy(x => x.Handle).Skip(from).Take(count).ToListAsync(ct);
        var obligations = await ObligationsView.LoadFor(session, found.Select(x => x.Id), ct);
        return TypedResults.Ok(found.Select(x => ToReport(x) with { OpenRotations = ObligationsView.Open(obligations.GetValueOrDefault(x.Id)) }).ToArray());
    }

    private static ExposureReport ToReport(CredentialExposure x) => new(
        x.Id, x.Team, x.Platform, x.Handle, x.Status.ToContract(), x.Version, x.StoredAt,
        x.People.Select(p => new ExposedPerson(p.UserId, p.Name, p.Ways, p.Since, p.Reveals)).ToArray());
}
