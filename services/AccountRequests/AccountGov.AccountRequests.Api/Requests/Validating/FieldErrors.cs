using System.Net.Mail;

namespace AccountGov.AccountRequests.Api.Requests.Validating;

/// <summary>
/// Collects field errors under camelCase names (api.md). Messages describe the rule, never the value received:
/// ProblemDetails must not echo input.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>Required, trimmed, at most <paramref name="max"/> characters, no control characters.</summary>
    public string Text(string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) { Add(field, "This field is required."); return ""; }
        var trimmed = value.Trim();
        if (trimmed.Length > max) Add(field, $"At most {max} characters.");
        else if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))) Add(field, "Control characters are not allowed.");
        return trimmed;
    }

    public string OptionalText(string field, string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? "" : Text(field, value, max);

    public bool Bool(string field, bool? value)
    {
        if (value is null) Add(field, "Answer true or false.");
        return value ?? false;
    }

    public TEnum Enum<TEnum>(string field, string? value) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) { Add(field, "This field is required."); return default; }
        // By name only: Enum.TryParse would also take numbers and comma-joined names.
        var name = System.Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is not null) return System.Enum.Parse<TEnum>(name);
        Add(field, $"Must be one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return default;
    }

    public string Email(string field, string? value)
    {
        var email = Text(field, value, 254);
        if (email.Length > 0 && email.Length <= 254 && !(MailAddress.TryCreate(email, out var parsed) && parsed.Address == email))
            Add(field, "Must be an email address.");
        return email;
    }
}
