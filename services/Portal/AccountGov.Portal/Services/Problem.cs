using System.Text.Json;

namespace AccountGov.Portal.Services;

/// <summary>The parts of an RFC 9457 ProblemDetails a page shows: its detail and the field errors.</summary>
public sealed record Problem(string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Problem From(string? content)
    {
        if (string.IsNullOrWhiteSpace(content)) return new(null, null, new Dictionary<string, string[]>());
        try
        {
            var body = JsonSerializer.Deserialize<Body>(content, Json);
            return new(body?.Title, body?.Detail, body?.Errors ?? new Dictionary<string, string[]>());
        }
        catch (JsonException)
        {
            return new(null, null, new Dictionary<string, string[]>());
        }
    }

    /// <summary>"custodians[1].userId" (the API's camelCase path) as the form field name under a prefix, "Input.Custodians[1].UserId".</summary>
    public static string FieldName(string prefix, string apiField) =>
        prefix + string.Join('.', apiField.Split('.').Select(s => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));

    private sealed record Body(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
