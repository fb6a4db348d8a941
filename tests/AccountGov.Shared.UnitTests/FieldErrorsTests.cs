using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Shared.UnitTests;

/// <summary>The one field-error helper the three services build their 400s with.</summary>
public class FieldErrorsTests
{
    [Theory]
    [InlineData(-1, null, "skip")]
    [InlineData(null, 0, "take")]
    [InlineData(null, 201, "take")]
    public void GivenPagingOutOfRange_WhenChecked_ThenTheFieldIsNamed(int? skip, int? take, string field)
    {
        var errors = new FieldErrors();
        errors.Paging(skip, take, maxTake: 200, defaultTake: 50);
        Assert.Equal([field], errors.ToDictionary().Keys);
    }

    [Fact]
    public void GivenNoPaging_WhenChecked_ThenTheDefaultsApply()
    {
        var errors = new FieldErrors();
        Assert.Equal((0, 50), errors.Paging(null, null, maxTake: 200, defaultTake: 50));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("Deputy", false, true)]
    [InlineData("deputy", false, false)]
    [InlineData("deputy", true, true)]
    [InlineData("1", true, false)]
    [InlineData("Primary,Deputy", true, false)]
    [InlineData(null, true, false)]
    public void GivenAnEnumValue_WhenParsedByName_ThenOnlyANameIsTaken(string? value, bool ignoreCase, bool taken)
    {
        Assert.Equal(taken, FieldErrors.TryParseName<Role>(value, ignoreCase, out var parsed));
        Assert.Equal(taken ? Role.Deputy : default, parsed);
    }

    [Fact]
    public void GivenTwoMessagesForOneField_WhenReported_ThenBothAreKeptUnderIt()
    {
        var errors = new FieldErrors();
        errors.Required("reason", " ", 10, "A reason is required.");
        errors.AtMost("reason", new string('x', 11), 10, "At most 10 characters.");
        Assert.Equal(["A reason is required.", "At most 10 characters."], errors.ToDictionary()["reason"]);
    }

    private enum Role { Primary, Deputy }
}
