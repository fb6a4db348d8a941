using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AccountGov.ServiceDefaults.Input;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Shared.UnitTests;

public class TextPolicyTests
{
    [Theory]
    [InlineData("a\0b")]
    [InlineData("a\u0001b")]
    [InlineData("a\u001Bb")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u0085b")]
    [InlineData("\uFFFF")]
    public void GivenControlsOrBrokenUnicode_WhenAnyKindIsChecked_ThenRefused(string value)
    {
        foreach (var kind in Enum.GetValues<TextKind>())
        {
            Assert.Null(TextPolicy.Apply(value, kind, out var refusal));
            Assert.NotNull(refusal);
        }
    }

    [Fact]
    public void GivenALoneSurrogate_WhenAnyKindIsChecked_ThenRefused()
    {
        // Built here: xunit replaces lone surrogates in InlineData strings with U+FFFD.
        foreach (var value in new[] { "a" + (char)0xD800 + "b", "a" + (char)0xDC00, (char)0xDBFF + "" })
            foreach (var kind in Enum.GetValues<TextKind>())
                Assert.Null(TextPolicy.Apply(value, kind, out _));
    }

    [Theory]
    [InlineData("nhs\u202Etrust")]   // right-to-left override
    [InlineData("nhs\u200Btrust")]   // zero-width space
    [InlineData("nhs\u200Dtrust")]   // zero-width joiner
    [InlineData("nhs\u2066trust")]   // left-to-right isolate
    [InlineData("\uFEFFnhstrust")]   // BOM
    [InlineData("nhs\u00ADtrust")]   // soft hyphen
    [InlineData("nhs\u3164trust")]   // Hangul filler
    [InlineData("nhs\ttrust")]
    [InlineData("nhs\ntrust")]
    public void GivenInvisibleOrLineCharacters_WhenAnIdentifier_ThenRefusedButFreeTextKeepsThem(string value)
    {
        Assert.Null(TextPolicy.Apply(value, TextKind.Identifier, out var refusal));
        Assert.NotNull(refusal);
        Assert.DoesNotContain("trust", refusal);
        Assert.NotNull(TextPolicy.Apply(value, TextKind.FreeText, out _));
    }

    [Fact]
    public void GivenDecomposedText_WhenApplied_ThenNfcExceptForSecrets()
    {
        const string decomposed = "Cafe\u0301";
        Assert.Equal("Caf\u00E9", TextPolicy.Apply(decomposed, TextKind.FreeText, out _));
        Assert.Equal("Caf\u00E9", TextPolicy.Apply(decomposed, TextKind.Identifier, out _));
        Assert.Equal(decomposed, TextPolicy.Apply(decomposed, TextKind.Secret, out _));
    }

    [Fact]
    public void GivenAnEmojiAndRightToLeftProse_WhenFreeText_ThenAccepted()
    {
        Assert.NotNull(TextPolicy.Apply("Clinic news \U0001F468\u200D\U0001F469 \u05E9\u05DC\u05D5\u05DD\r\n\tnext line", TextKind.FreeText, out _));
        Assert.NotNull(TextPolicy.Apply("@nhs_physio \U0001F600", TextKind.Identifier, out _));
    }

    [Theory]
    [InlineData(TextKind.Identifier)]
    [InlineData(TextKind.FreeText)]
    [InlineData(TextKind.Secret)]
    public void GivenTextOverItsLimit_WhenApplied_ThenRefused(TextKind kind)
    {
        Assert.NotNull(TextPolicy.Apply(new string('a', TextPolicy.MaxLength(kind)), kind, out _));
        Assert.Null(TextPolicy.Apply(new string('a', TextPolicy.MaxLength(kind) + 1), kind, out _));
    }
}

public class PolicyConverterTests
{
    private static readonly JsonSerializerOptions Options = Configured();

    private sealed record Body(string? Handle, string? Purpose, string? StaffId, string? To, DateOnly? DueOn, DateTimeOffset? At, List<string>? Conditions);

    private static JsonSerializerOptions Configured()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new PolicyStringConverter(TextKind.FreeText));
        foreach (var converter in BoundedDates.Converters) options.Converters.Add(converter);
        options.TypeInfoResolver = ((IJsonTypeInfoResolver)new DefaultJsonTypeInfoResolver())
            .WithAddedModifier(FieldKinds.ApplyToStringProperties);
        return options;
    }

    [Theory]
    [InlineData("""{"purpose":"a\u0000b"}""", "$.purpose")]
    [InlineData("""{"purpose":"a\ud800b"}""", "$.purpose")]
    [InlineData("""{"conditions":["ok","\udc00"]}""", "$.conditions[1]")]
    [InlineData("""{"handle":"nhs\u202etrust"}""", "$.handle")]
    [InlineData("""{"staffId":"carl\u200b"}""", "$.staffId")]
    [InlineData("""{"to":"9999-12-31"}""", "$.to")]
    [InlineData("""{"dueOn":"0001-01-01"}""", "$.dueOn")]
    [InlineData("""{"at":"9999-12-31T00:00:00Z"}""", "$.at")]
    [InlineData("""{"handle":42}""", "$.handle")]
    public void GivenAValueThePolicyRefuses_WhenDeserialised_ThenInputRefusedAtItsPath(string json, string path)
    {
        var refused = Assert.IsType<InputRefused>(Record.Exception(() => JsonSerializer.Deserialize<Body>(json, Options)));
        Assert.Equal(path, refused.Path);
    }

    [Fact]
    public void GivenAValidBody_WhenDeserialised_ThenNormalisedAndKept()
    {
        var body = JsonSerializer.Deserialize<Body>("""{"handle":"@cafe\u0301","purpose":"line\r\nnext","to":"2026-12-31","dueOn":"2100-12-31"}""", Options)!;
        Assert.Equal("@caf\u00E9", body.Handle);
        Assert.Equal("line\r\nnext", body.Purpose);
        Assert.Equal("2026-12-31", body.To);
        Assert.Equal(new DateOnly(2100, 12, 31), body.DueOn);
    }

    [Fact]
    public void GivenTextThatIsNotADate_WhenInADateTextField_ThenLeftToTheService() =>
        Assert.Equal("next week", JsonSerializer.Deserialize<Body>("""{"to":"next week"}""", Options)!.To);
}

public class SaturatingDatesTests
{
    [Fact]
    public void GivenTheEndsOfTheCalendar_WhenAddingDays_ThenSaturates()
    {
        Assert.Equal(DateOnly.MaxValue, DateOnly.MaxValue.AddDaysSaturating(1));
        Assert.Equal(DateOnly.MaxValue, new DateOnly(2026, 1, 1).AddDaysSaturating(int.MaxValue));
        Assert.Equal(DateOnly.MinValue, DateOnly.MinValue.AddDaysSaturating(-1));
        Assert.Equal(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1).AddDaysSaturating(1));
    }

    [Fact]
    public void GivenADateNearTheEnd_WhenTheCalendarCounts_ThenItSaturatesInsteadOfThrowing()
    {
        var calendar = BusinessCalendar.WeekdaysOnly;
        Assert.Equal(DateOnly.MaxValue, calendar.AddBusinessDays(new DateOnly(9999, 12, 29), 5));
        Assert.Equal(DateOnly.MinValue, calendar.PreviousBusinessDay(DateOnly.MinValue));
        Assert.Equal(0, calendar.BusinessDaysBetween(DateOnly.MaxValue, DateOnly.MaxValue));
    }
}
