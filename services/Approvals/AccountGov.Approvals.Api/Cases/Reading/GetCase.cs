using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.Approvals.Api.Cases.Reading;

public static class GetCase
{
    public static void MapGetCase(this RouteGroupBuilder group) => group.MapGet("/{requestId:guid}", Handle);

    private static async Task<Results<Ok<Case>, NotFound>> Handle(Guid requestId, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<Case>(requestId, ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
}
