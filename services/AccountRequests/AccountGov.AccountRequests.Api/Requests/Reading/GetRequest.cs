using AccountGov.AccountRequests.Api.Requests.Policies;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using Marten;

namespace AccountGov.AccountRequests.Api.Requests.Reading;

/// <summary>The current case, where it stands, and its readable history; the ETag is the stream version for If-Match.</summary>
public static class GetRequest
{
    public static void MapGetRequest(this RouteGroupBuilder group) => group.MapGet("/{id:guid}", Handle).WithName("GetRequest")
        .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Read a request: its business case, status and history");

    private static async Task<RequestDetails> Handle(
        Guid id, CurrentUser user, IQuerySession session, HttpResponse response, TimeProvider clock, CancellationToken ct)
    {
        var request = await session.LoadAsync<AccountRequest>(id, ct) ?? throw new NotFound("The request");
        ReadAccess.Ensure(request, user);
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var version = events[^1].Version;
        response.SetETag(version);

        var c = request.Case;
        return new RequestDetails(request.Id, request.Status, request.DpiaRequired, version, request.Revision,
            Views.Of(request.Requester), c.Team, c.Platform.ToString(), c.Handle,
            c.Purpose, c.Audience, c.Benefits, c.Risks, c.MonitoringHours,
            Views.Of(c.Sponsor), c.Custodians.Select(Views.Of).ToArray(),
            Views.Of(c.Attestations), Views.Of(c.DpiaScreening), request.ScreeningPolicy,
            Views.Of(c.MessagingChecklist), Views.DpiaOf(request),
            request.SubmittedAt, request.DecidedAt,
            events.Select(Views.History).OfType<HistoryEntry>().ToArray(), c.AccountType.ToString(), c.Partner,
            request.Policies.Select(p => PolicyTexts.View(p, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))).ToArray());
    }
}
