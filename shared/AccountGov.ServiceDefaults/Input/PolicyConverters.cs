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

public sealed class BoundedDateOnlyConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var date = JsonMetadataServices.DateOnlyConverter.Read(ref reader, typeToConvert, options);
        return DatePolicy.InRange(date) ? date : throw new InputRefused(DatePolicy.Refusal);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        JsonMetadataServices.DateOnlyConverter.Write(writer, value, options);
}

public sealed class BoundedDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var instant = JsonMetadataServices.DateTimeOffsetConverter.Read(ref reader, typeToConvert, options);
        return DatePolicy.InRange(instant) ? instant : throw new InputRefused(DatePolicy.Refusal);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        JsonMetadataServices.DateTimeOffsetConverter.Write(writer, value, options);
}

public sealed class BoundedDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var instant = JsonMetadataServices.DateTimeConverter.Read(ref reader, typeToConvert, options);
        return DatePolicy.InRange(DateOnly.FromDateTime(instant)) ? instant : throw new InputRefused(DatePolicy.Refusal);
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        JsonMetadataServices.DateTimeConverter.Write(writer, value, options);
}
