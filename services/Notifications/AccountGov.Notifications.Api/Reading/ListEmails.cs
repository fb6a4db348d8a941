using AccountGov.Notifications.Api.Outbox;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.Notifications.Api.Reading;

/// <summary>An email's record without its address or body: what was sent about which fact, or why not.</summary>
public sealed record EmailSummary(
    string Id, string FactType, string RecipientKey, EmailStatus Status, bool Urgent, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset NotBefore, DateTimeOffset? SentAt, string? LastError);

/// <summary>GET /emails?status=: BD and auditors see what was sent, what waits and what failed (newest first).</summary>
public static class ListEmails
{
    public static void MapListEmails(this RouteGroupBuilder group) =>
        group.MapGet("/", List).RequireAuthorization(p => p.RequireRole(Roles.BusinessDevelopment, Roles.Auditor));

    private static async Task<Results<Ok<EmailSummary[]>, ValidationProblem>> List(
        string? status, int? skip, int? take, IQuerySession session, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (status is not null && (!Enum.TryParse<EmailStatus>(status, ignoreCase: false, out _) || int.TryParse(status, out _)))
            errors["status"] = [$"The status must be one of {string.Join(", ", Enum.GetNames<EmailStatus>())}."];
        if (skip is < 0) errors["skip"] = ["skip cannot be negative."];
        if (take is < 1 or > 200) errors["take"] = ["take must be between 1 and 200."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var query = session.Query<OutgoingEmail>().AsQueryable();
        if (status is not null)
        {
            var wanted = Enum.Parse<EmailStatus>(status);
            query = query.Where(e => e.Status == wanted);
        }
        var page = await query.OrderByDescending(e => e.CreatedAt).Skip(skip ?? 0).Take(take ?? 50).ToListAsync(ct);
        return TypedResults.Ok(page.Select(e => new EmailSummary(e.Id, e.FactType, e.RecipientKey, e.Status, e.Urgent,
            e.Attempts, e.CreatedAt, e.NotBefore, e.SentAt, e.LastError)).ToArray());
    }
}
