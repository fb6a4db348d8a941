using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace AccountGov.ServiceDefaults.Input;

/// <summary>
/// Query strings and route values are ids and filters, so they get the identifier policy (and ISO dates the date
/// range) before any endpoint binds them: a NUL in a filter never reaches PostgreSQL. A query parameter the
/// route does not take is refused by name rather than ignored: "?overdue=true" silently returning everything
/// reads as an answer to a question nobody asked.
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
        var accepted = context.Request.Query.Count > 0 ? Accepted(context) : null;
        foreach (var (key, values) in context.Request.Query)
        {
            var field = TextPolicy.Apply(key, TextKind.Identifier, out _) is null ? "query" : key;
            if (field == "query") return (field, "A query parameter name is not allowed.");
            foreach (var value in values)
                if (Refusal(value ?? "") is { } message) return (field, message);
            if (accepted is not null && !accepted.Contains(key))
                return (key, accepted.Count == 0
                    ? "This route takes no query parameters."
                    : $"This route does not take '{key}'; it takes: {string.Join(", ", accepted.Order())}.");
        }
        foreach (var (key, value) in context.Request.RouteValues)
            if (value is string text && Refusal(text) is { } message) return (key, message);
        return null;
    }

    /// <summary>
    /// The parameter names a minimal API handler binds (null for anything else, such as Razor Pages, whose
    /// handlers may read the query themselves). Route values share the names; they never come from the query.
    /// </summary>
    private static HashSet<string>? Accepted(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<MethodInfo>() is null) return null;
        var routeValues = context.Request.RouteValues.Keys;
        return metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Select(p => p.Name).Where(n => !routeValues.Contains(n, StringComparer.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static string? Refusal(string value)
    {
        TextPolicy.Apply(value, TextKind.Identifier, out var refusal);
        return refusal ?? (DatePolicy.TextInRange(value) ? null : DatePolicy.Refusal);
    }
}
