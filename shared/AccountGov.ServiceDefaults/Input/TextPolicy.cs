using System.Globalization;
using System.Text;

namespace AccountGov.ServiceDefaults.Input;

/// <summary>What a text value is for, which decides the characters it may hold (see readme.md).</summary>
public enum TextKind
{
    /// <summary>Prose a person typed (purpose, comment, reason): tab and line breaks allowed, any script.</summary>
    FreeText,

    /// <summary>Something people compare by eye or code compares exactly: ids, handles, emails, codes, route and query values.</summary>
    Identifier,

    /// <summary>A secret kept byte for byte (a password): never normalised, so what is revealed is what was deposited.</summary>
    Secret,
}

/// <summary>
/// The one input policy for text. Pure: refuses what cannot be stored or displayed honestly, normalises the rest to
/// NFC. A refusal names the rule broken and never the value, which may be a secret or personal data.
/// </summary>
public static class TextPolicy
{
    public const int MaxFreeTextLength = 16_000;
    public const int MaxIdentifierLength = 320;
    public const int MaxSecretLength = 4_096;

    /// <summary>Returns the value to use (NFC for free text and identifiers), or null with the reason it is refused.</summary>
    public static string? Apply(string value, TextKind kind, out string? refusal)
    {
        refusal = Check(value, kind);
        if (refusal is not null) return null;
        if (kind == TextKind.Secret || value.IsNormalized(NormalizationForm.FormC)) return value;
        var normalised = value.Normalize(NormalizationForm.FormC);
        refusal = normalised.Length > MaxLength(kind) ? TooLong(kind) : null;
        return refusal is null ? normalised : null;
    }

    public static int MaxLength(TextKind kind) => kind switch
    {
        TextKind.Identifier => MaxIdentifierLength,
        TextKind.Secret => MaxSecretLength,
        _ => MaxFreeTextLength,
    };

    private static string? Check(string value, TextKind kind)
    {
        if (value.Length > MaxLength(kind)) return TooLong(kind);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (kind == TextKind.Identifier && IsFormat(char.ConvertToUtf32(c, value[i + 1])))
                    return "Invisible or direction-changing characters are not allowed here.";
                i++;
                continue;
            }
            if (char.IsSurrogate(c)) return "The text is not valid Unicode (a lone surrogate).";
            if (c == '\0') return "The text contains a NUL character.";
            if (IsRefusedControl(c, kind)) return "The text contains a control character.";
            if (c is '\uFFFE' or '\uFFFF') return "The text contains a Unicode noncharacter.";
            // U+FFFD is what a decoder leaves of invalid UTF-8: fine inside prose, a broken value in an id.
            if (kind == TextKind.Identifier && c == '\uFFFD') return "The text is not valid Unicode.";
            if (kind == TextKind.Identifier && (IsFormat(c) || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0'))
                return "Invisible or direction-changing characters are not allowed here.";
        }
        return null;
    }

    // C0 and C1 controls and DEL. Free text and secrets keep tab and line breaks; identifiers keep none.
    private static bool IsRefusedControl(char c, TextKind kind) =>
        char.IsControl(c) && !(kind != TextKind.Identifier && c is '\t' or '\n' or '\r');

    // Category Cf holds the bidi controls (U+202A-202E, U+2066-2069, U+200E/F, U+061C), the zero-width characters
    // (U+200B-200D, U+2060, U+FEFF), the soft hyphen and the tag characters: what makes look-alike handles.
    private static bool IsFormat(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format;

    private static string TooLong(TextKind kind) => $"The text is longer than {MaxLength(kind)} characters.";
}
