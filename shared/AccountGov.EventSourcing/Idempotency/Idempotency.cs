using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace AccountGov.EventSourcing.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on creating POSTs: a retry by the same caller with the same key and body gets the first
/// response again (status, body, Location, ETag) instead of creating a second resource. See readme.md.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 100;

    /// <summary>Honours the header on this route; <typeparamref name="TBody"/> is the bound body the key is tied to.</summary>
    public static RouteHandlerBuilder WithIdempotency<TBody>(this RouteHandlerBuilder route) where TBody : class =>
        route.AddEndpointFilter(new IdempotencyFilter<TBody>());

    /// <summary>
    /// Stages the response the handler is about to return in <paramref name="session"/>, before it commits, so the
    /// response and the events land in one transaction. Does nothing when the request carried no key.
    /// </summary>
    public static void Remember(this HttpContext http, IDocumentSession session, int status, string? location, object body, string? etag)
    {
        if (http.Items[typeof(PendingKey)] is not PendingKey pending) return;
        var json = JsonSerializer.Serialize(body, body.GetType(), JsonOptions(http));
        session.Insert(new IdempotentResponse(pending.Id, pending.Fingerprint, status, location, etag, json,
            http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()));
    }

    internal sealed record PendingKey(string Id, string Fingerprint);

    /// <summary>Visible ASCII only, so a key cannot smuggle control characters into logs or headers.</summary>
    internal static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => c is >= '!' and <= '~');

    internal static PendingKey Pending(HttpContext http, CurrentUser user, string key, object? body) => new(
        Hash($"{user.UserId}\n{http.Request.Method}\n{http.Request.Path}\n{key}"),
        Hash(body is null ? "" : JsonSerializer.Serialize(body, body.GetType(), JsonOptions(http))));

    private static JsonSerializerOptions JsonOptions(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
