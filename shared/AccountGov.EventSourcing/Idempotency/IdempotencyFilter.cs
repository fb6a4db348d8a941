using AccountGov.ServiceDefaults.Auth;
using Marten;
using JasperFx;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AccountGov.EventSourcing.Idempotency;

/// <summary>
/// Before the handler: a key already answered replays its response, or refuses a different body with 422. After a
/// lost race (two requests with one key at once), the loser's whole transaction was rolled back by the unique id,
/// so it replays the winner's response: either way one resource and one answer.
/// </summary>
internal sealed class IdempotencyFilter<TBody> : IEndpointFilter where TBody : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(Idempotency.Header, out var values)) return await next(context);
        var key = values.ToString();
        if (values.Count != 1 || !Idempotency.IsValid(key))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [Idempotency.Header] = [$"One key of 1 to {Idempotency.MaxKeyLength} visible ASCII characters (a UUID is a good choice)."],
            });
        if (await CurrentUser.BindAsync(http) is not { } user) return await next(context);

        var pending = Idempotency.Pending(http, user, key, context.Arguments.OfType<TBody>().FirstOrDefault());
        if (await Find(http, pending.Id) is { } first) return Replay(first, pending);
        http.Items[typeof(Idempotency.PendingKey)] = pending;
        try
        {
            var result = await next(context);
            // A retry that passed the first look while the first attempt committed can be refused by a rule that
            // commit now trips (the handle it just took, 409): the first attempt's answer is still the answer.
            return StatusOf(result) == StatusCodes.Status409Conflict && await Find(http, pending.Id) is { } won
                ? Replay(won, pending)
                : result;
        }
        catch (DocumentAlreadyExistsException)
        {
            return await Find(http, pending.Id) is { } winner ? Replay(winner, pending) : throw new InvalidOperationException(
                "An idempotent response collided on commit but cannot be read back.");
        }
    }

    /// <summary>A handler's typed union (<c>Results&lt;…&gt;</c>) wraps the result that carries the status.</summary>
    private static int? StatusOf(object? result) => result switch
    {
        IStatusCodeHttpResult { StatusCode: { } status } => status,
        INestedHttpResult nested => StatusOf(nested.Result),
        _ => null,
    };

    private static async Task<IdempotentResponse?> Find(HttpContext http, string id)
    {
        await using var query = http.RequestServices.GetRequiredService<IDocumentStore>().QuerySession();
        return await query.LoadAsync<IdempotentResponse>(id, http.RequestAborted);
    }

    private static IResult Replay(IdempotentResponse first, Idempotency.PendingKey pending) =>
        first.Fingerprint != pending.Fingerprint
            ? TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused",
                detail: "This Idempotency-Key was already used with a different request body; use a new key for a new request.")
            : new ReplayedResult(first);

    private sealed class ReplayedResult(IdempotentResponse first) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = first.Status;
            if (first.Location is not null) http.Response.Headers.Location = first.Location;
            if (first.ETag is not null) http.Response.Headers.ETag = first.ETag;
            http.Response.Headers[Idempotency.ReplayedHeader] = "true";
            http.Response.ContentType = "application/json; charset=utf-8";
            return http.Response.WriteAsync(first.Body, http.RequestAborted);
        }
    }
}
