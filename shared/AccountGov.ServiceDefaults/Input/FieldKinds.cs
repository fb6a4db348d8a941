using System.Text.Json.Serialization.Metadata;

namespace AccountGov.ServiceDefaults.Input;

/// <summary>
/// Which policy a JSON string property gets, decided by its name so every service's bodies are covered without
/// attributes: ids (<c>…Id</c>), handles, emails and codes are identifiers; passwords are secrets; dates sent as text
/// are identifiers bounded like dates; everything else is free text. The table is in readme.md.
/// </summary>
public static class FieldKinds
{
    private static readonly HashSet<string> Identifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "handle", "email", "linkedEmail", "username", "platform", "role", "type", "leaveType", "outcome", "status", "item",
    };

    private static readonly HashSet<string> Secrets = new(StringComparer.OrdinalIgnoreCase) { "password", "linkedEmailPassword" };

    private static readonly HashSet<string> DateTexts = new(StringComparer.OrdinalIgnoreCase) { "from", "to", "lastWorkingDay" };

    public static TextKind KindOf(string jsonName) =>
        Secrets.Contains(jsonName) ? TextKind.Secret
        : Identifiers.Contains(jsonName) || IsDateText(jsonName) || IsId(jsonName) ? TextKind.Identifier
        : TextKind.FreeText;

    public static bool IsDateText(string jsonName) =>
        DateTexts.Contains(jsonName) || jsonName.EndsWith("Date", StringComparison.OrdinalIgnoreCase);

    private static bool IsId(string jsonName) =>
        jsonName.Equals("id", StringComparison.OrdinalIgnoreCase)
        || (jsonName.Length > 2 && jsonName.EndsWith("Id", StringComparison.Ordinal));

    /// <summary>A resolver modifier giving each string property the converter of its kind.</summary>
    public static void ApplyToStringProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType != typeof(string)) continue;
            var kind = KindOf(property.Name);
            if (kind != TextKind.FreeText || IsDateText(property.Name))
                property.CustomConverter = new PolicyStringConverter(kind, IsDateText(property.Name));
        }
    }
}
