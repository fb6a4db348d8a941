using AccountGov.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http;

namespace AccountGov.EventSourcing.Writing;

/// <summary>A stream's version travels as a strong ETag, <c>"3"</c>; <c>If-Match</c> carries it back.</summary>
public static class ETags
{
    public static string For(long version) => $"\"{version}\"";

    /// <summary>The expected version from an If-Match value, or null when there is none. Weak tags are accepted.</summary>
    public static long? ParseIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch)) return null;
        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        value = value.Trim('"');
        return long.TryParse(value, out var version) && version > 0
            ? version
            : throw new InvalidInput("If-Match", "If-Match must be the ETag you read, e.g. \"3\".");
    }

    public static long? ExpectedVersion(this HttpRequest request) => ParseIfMatch(request.Headers.IfMatch.ToString());

    public static void SetETag(this HttpResponse response, long version) => response.Headers.ETag = For(version);
}
