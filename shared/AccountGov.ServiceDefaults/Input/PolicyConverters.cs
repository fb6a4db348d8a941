using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AccountGov.ServiceDefaults.Input;

/// <summary>Reads a JSON string through <see cref="TextPolicy"/>; writes strings unchanged.</summary>
public sealed class PolicyStringConverter(TextKind kind, bool isDateText = false) : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new InputRefused("A text value is expected here.");
        string raw;
        try
        {
            raw = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // The reader refuses escaped lone surrogates and invalid UTF-8 when it decodes them.
            throw new InputRefused("The text is not valid Unicode.");
        }
        var value = TextPolicy.Apply(raw, kind, out var refusal) ?? throw new InputRefused(refusal!);
        if (isDateText && !DatePolicy.TextInRange(value)) throw new InputRefused(DatePolicy.Refusal);
        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Reads a date or instant with the built-in converter, then refuses it outside <see cref="DatePolicy"/>.</summary>
public sealed class BoundedDateConverter<T>(JsonConverter<T> inner, Func<T, bool> inRange) : JsonConverter<T> where T : struct
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = inner.Read(ref reader, typeToConvert, options);
        return inRange(value) ? value : throw new InputRefused(DatePolicy.Refusal);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}

public static class BoundedDates
{
    public static IEnumerable<JsonConverter> Converters =>
    [
        new BoundedDateConverter<DateOnly>(JsonMetadataServices.DateOnlyConverter, DatePolicy.InRange),
        new BoundedDateConverter<DateTimeOffset>(JsonMetadataServices.DateTimeOffsetConverter, DatePolicy.InRange),
        new BoundedDateConverter<DateTime>(JsonMetadataServices.DateTimeConverter, d => DatePolicy.InRange(DateOnly.FromDateTime(d))),
    ];
}
