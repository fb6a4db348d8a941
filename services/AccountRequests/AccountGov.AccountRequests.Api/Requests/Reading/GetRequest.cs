using AccountGov.EventSourcing.Writing;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.AccountRequests.Api.Requests.Reading;

public static class GetRequest
{
    public static void MapGetRequest(this RouteGroupBuilder group) => group.MapGet("/{id:guid}", Handle);

    private static async Task<Results<Ok<AccountRequest>, NotFound>> Handle(
        Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var request = await session.LoadAsync<AccountRequest>(id, ct);
        if (request is null) return TypedResults.NotFound();
        var state = await session.Events.FetchStreamStateAsync(id, ct);
        response.SetETag(state!.Version);
        return TypedResults.Ok(request);
    }
}
