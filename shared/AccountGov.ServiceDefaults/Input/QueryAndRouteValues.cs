using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AccountGov.ServiceDefaults.Input;

/// <summary>
/// Query strings and route values are ids and filters, so they get the identifier policy (and ISO dates the date
/// range) before any endpoint binds them: a NUL in a filter never reaches PostgreSQL.
/// </summary>
internal sealed class QueryAndRouteValues(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (FirstRefusal(context) is { } refused)
        {
            await InputRefusalResponse.WriteAsync(context, StatusCodes.Status400BadRequest, refused.Field, refused.Message);
            return;
        }
        await next(context);
    }

    private static (string Field, string Message)? FirstRefusal(HttpContext context)
    {
        foreach (var (key, values) in context.Request.Query)
        {
            var field = TextPolicy.Apply(key, TextKind.Identifier, out _) is null ? "query" : key;
            if (field == "query") return (field, "A query parameter name is not allowed.");
            foreach (var value in values)
                if (Refusal(value ?? "") is { } message) return (field, message);
        }
        foreach (var (key, value) in context.Request.RouteValues)
            if (value is string text && Refusal(text) is { } message) return (key, message);
        return null;
    }

    private static string? Refusal(string value)
    {
        TextPolicy.Apply(value, TextKind.Identifier, out var refusal);
        return refusal ?? (DatePolicy.TextInRange(value) ? null : DatePolicy.Refusal);
    }
}
