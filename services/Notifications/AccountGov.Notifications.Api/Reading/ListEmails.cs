using AccountGov.Notifications.Api.Outbox;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Notifications.Api.Reading;

/// <summary>An email's record without its address or body: what was sent about which fact, or why not.</summary>
public sealed record EmailSummary(
    string Id, string FactType, string RecipientKey, EmailStatus Status, bool Urgent, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset NotBefore, DateTimeOffset? SentAt, string? LastError);

/// <summary>GET /emails?status=: BD and auditors see what was sent, what waits and what failed (newest first).</summary>
public static class ListEmails
{
    public static void MapListEmails(this RouteGroupBuilder group) =>
        group.MapGet("/", List).RequireAuthorization(p => p.RequireRole(Roles.BusinessDevelopment, Roles.Auditor))
            .WithSummary("List the emails sent, with their state (never their text)");

    private static async Task<Results<Ok<EmailSummary[]>, ValidationProblem>> List(
        string? status, int? skip, int? take, IQuerySession session, CancellationToken ct)
    {
        var errors = new FieldErrors();
        EmailStatus wanted = default;
        if (status is not null && !FieldErrors.TryParseName(status, ignoreCase: false, out wanted))
            errors.Add("status", $"The status must be one of {string.Join(", ", Enum.GetNames<EmailStatus>())}.");
        var (from, count) = errors.Paging(skip, take, maxTake: 200, defaultTake: 50);
        if (errors.Any) return errors.Problem();

        var query = session.Query<OutgoingEmail>().AsQueryable();
        if (status is not null) query = query.Where(e => e.Status == wanted);
        var page = await query.OrderByDescending(e => e.CreatedAt).Skip(from).Take(count).ToListAsync(ct);
        return TypedResults.Ok(page.Select(e => new EmailSummary(e.Id, e.FactType, e.RecipientKey, e.Status, e.Urgent,
            e.Attempts, e.CreatedAt, e.NotBefore, e.SentAt, e.LastError)).ToArray());
    }
}
