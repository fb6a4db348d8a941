using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using Marten;

namespace AccountGov.AccountRequests.Api.Requests.Reading;

/// <summary>Every revision of the business case, as submitted; none is ever overwritten.</summary>
public static class GetRevisions
{
    public static void MapGetRevisions(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/revisions", async (Guid id, CurrentUser user, IQuerySession session, CancellationToken ct) =>
            (await Revisions(id, user, session, ct)).Select(r => new RevisionSummary(r.Revision, r.At, r.By, r.DpiaRequired, r.ContentChanged)).ToArray())
            .WithSummary("List every revision of a request");

        group.MapGet("/{id:guid}/revisions/{revision:int}", async (Guid id, int revision, CurrentUser user, IQuerySession session, CancellationToken ct) =>
            (await Revisions(id, user, session, ct)).SingleOrDefault(r => r.Revision == revision) ?? throw new NotFound("The revision"))
            .WithSummary("Read one revision of a request as it was submitted");
    }

    private static async Task<IReadOnlyList<RevisionDetails>> Revisions(Guid id, CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        var request = await session.LoadAsync<AccountRequest>(id, ct) ?? throw new NotFound("The request");
        ReadAccess.Ensure(request, user);
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return events.Select(e => e.Data switch
        {
            RequestSubmitted s => Details(1, e.Timestamp, s.Requester.UserId, s.DpiaRequired, true, s.Case),
            RequestRevised r => Details(r.Revision, e.Timestamp, r.Requester.UserId, r.DpiaRequired, r.ContentChanged, r.Case),
            _ => null,
        }).OfType<RevisionDetails>().ToArray();
    }

    private static RevisionDetails Details(int revision, DateTimeOffset at, string by, bool dpiaRequired, bool contentChanged, BusinessCase c) =>
        new(revision, at, by, dpiaRequired, contentChanged, c.Team, c.Platform.ToString(), c.Handle, c.Purpose, c.Audience,
            c.Benefits, c.Risks, c.MonitoringHours, Views.Of(c.Sponsor), c.Custodians.Select(Views.Of).ToArray(),
            Views.Of(c.Attestations), Views.Of(c.DpiaScreening), Views.Of(c.MessagingChecklist), c.AccountType.ToString(), c.Partner);
}
