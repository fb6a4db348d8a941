using System.Net.Mail;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.ServiceDefaults.Validation;

/// <summary>
/// Collects field errors under camelCase names (api.md) for the RFC 9457 400 every service answers bad input with.
/// Messages describe the rule, never the value received: ProblemDetails must not echo input.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public bool Has(string field) => errors.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public ValidationProblem Problem() => TypedResults.ValidationProblem(ToDictionary());

    public static ValidationProblem Problem(string field, string message)
    {
        var one = new FieldErrors();
        one.Add(field, message);
        return one.Problem();
    }

    /// <summary>Required and at most <paramref name="max"/> characters, else <paramref name="message"/>.</summary>
    public void Required(string field, string? value, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max) Add(field, message);
    }

    /// <summary>Optional, but at most <paramref name="max"/> characters when given.</summary>
    public void AtMost(string field, string? value, int max, string message)
    {
        if (value?.Length > max) Add(field, message);
    }

    /// <summary>The paging every list route shares: skip from 0, take from 1 to <paramref name="maxTake"/>.</summary>
    public (int Skip, int Take) Paging(int? skip, int? take, int maxTake, int defaultTake)
    {
        if (skip is < 0) Add("skip", "skip must be zero or more.");
        if (take is < 1 || take > maxTake) Add("take", $"take must be between 1 and {maxTake}.");
        return (skip ?? 0, take ?? defaultTake);
    }

    /// <summary>An enum by its name only: Enum.TryParse would also take numbers and comma-joined names.</summary>
    public static bool TryParseName<TEnum>(string? value, bool ignoreCase, out TEnum parsed) where TEnum : struct, Enum
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var name = value is null ? null : System.Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(value.Trim(), comparison));
        parsed = name is null ? default : System.Enum.Parse<TEnum>(name);
        return name is not null;
    }

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
        if (TryParseName<TEnum>(value, ignoreCase: true, out var parsed)) return parsed;
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
