using System.Text;
using CsCheck;

namespace AccountGov.Platform.IntegrationTests.InputPolicy.Fuzzing;

/// <summary>
/// Generators of hostile values, as raw JSON tokens (so lone surrogates and NUL can be written at all): control
/// characters, lone surrogates, bidi and zero-width characters, combining marks, huge strings, out-of-range dates,
/// and values of the wrong type.
/// </summary>
public static class Nasty
{
    private const string Chars =
        "abcxyz019 @._-\0\u0001\u0008\u001b\u001f\u007f\u0085\u009f\u202e\u202d\u2066\u2069\u200b\u200d\u200e\ufeff" +
        "\u00ad\u0301\u3164\ufffd\ufffe\uffff\ud800\udbff\udc00\udfff\"\\\n\t\ré<>'&%{}";

    public static readonly Gen<string> Text = Gen.Char[Chars].Array[0, 40].Select(c => new string(c));

    public static readonly Gen<string> Huge = Gen.OneOf(Gen.Const(5_000), Gen.Const(20_000), Gen.Const(300_000))
        .Select(n => new string('a', n));

    public static readonly Gen<string> Dates = Gen.OneOf(
        "9999-12-31", "0001-01-01", "1999-12-31", "2101-01-01", "2026-13-45", "2026-02-30", "9999-12-31T23:59:59Z",
        "0001-01-01T00:00:00+14:00", "2026-12-01", "2100-12-31", "2000-01-01", "-2026-01-01", "+275760-09-13");

    public static readonly Gen<string> WrongTypes = Gen.OneOf(
        "0", "-1", "1e308", "-0.0", "true", "false", "null", "[]", "{}", "[\"a\"]", "{\"a\":1}", "9223372036854775808",
        string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)));

    /// <summary>One hostile JSON token: mostly strings (escaped), sometimes dates, huge text or another type.</summary>
    public static readonly Gen<string> Token = Gen.Frequency(
        (12, Text.Select(Quote)),
        (3, Dates.Select(Quote)),
        (1, Huge.Select(Quote)),
        (4, WrongTypes));

    /// <summary>Writes <paramref name="value"/> as a JSON string, escaping every non-ASCII code unit, lone surrogates included.</summary>
    public static string Quote(string value)
    {
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return json.Append('"').ToString();
    }

    /// <summary>Percent-encodes text for a URL, writing a lone surrogate as the bytes of its CESU-8 form.</summary>
    public static string UrlEncode(string value)
    {
        var url = new StringBuilder();
        foreach (var c in value)
        {
            var bytes = char.IsSurrogate(c)
                ? [(byte)0xED, (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]
                : Encoding.UTF8.GetBytes(c.ToString());
            foreach (var b in bytes) url.Append(char.IsAsciiLetterOrDigit((char)b) ? ((char)b).ToString() : $"%{b:X2}");
        }
        return url.ToString();
    }
}
