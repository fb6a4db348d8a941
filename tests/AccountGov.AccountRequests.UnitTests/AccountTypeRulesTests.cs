using AccountGov.AccountRequests.Api.Requests;
using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.ServiceDefaults.Validation;
using static AccountGov.AccountRequests.UnitTests.Given;

namespace AccountGov.AccountRequests.UnitTests;

public class AccountTypeRulesTests
{
    private static ((AccountType Type, string? Partner) Result, Dictionary<string, string[]> Errors) Of(string? type, string? partner)
    {
        var errors = new FieldErrors();
        var result = AccountTypeRules.Of(type, partner, errors);
        return (result, errors.ToDictionary());
    }

    [Fact]
    public void GivenNoType_WhenValidated_ThenCorporateSoOlderClientsStillSubmit()
    {
        var (result, errors) = Of(null, null);
        Assert.Empty(errors);
        Assert.Equal((AccountType.Corporate, (string?)null), result);
        Assert.Equal(AccountType.Corporate, Case().AccountType);
    }

    [Theory]
    [InlineData("Service", AccountType.Service)]
    [InlineData("campaign", AccountType.Campaign)]
    [InlineData("Corporate", AccountType.Corporate)]
    public void GivenATypeWithoutPartner_WhenValidated_ThenThatType(string type, AccountType expected)
    {
        var (result, errors) = Of(type, null);
        Assert.Empty(errors);
        Assert.Equal(expected, result.Type);
    }

    [Fact]
    public void GivenSharedWithItsPartner_WhenValidated_ThenThePartnerIsKeptTrimmed()
    {
        var (result, errors) = Of("Shared", "  Bedford Borough Council ");
        Assert.Empty(errors);
        Assert.Equal((AccountType.Shared, "Bedford Borough Council"), result);
    }

    [Fact]
    public void GivenSharedWithoutPartner_WhenValidated_ThenPartnerIsRequired() =>
        Assert.Equal(["partner"], Of("Shared", " ").Errors.Keys);

    [Fact]
    public void GivenAPartnerOnAnotherType_WhenValidated_ThenThePartnerIsRefused() =>
        Assert.Equal(["partner"], Of("Campaign", "Bedford Borough Council").Errors.Keys);

    [Fact]
    public void GivenAnUnknownType_WhenValidated_ThenAccountTypeNamesTheChoices()
    {
        var errors = Of("Personal", null).Errors;
        Assert.Equal(["accountType"], errors.Keys);
        Assert.Contains("Shared", errors["accountType"][0]);
    }

    [Fact]
    public void GivenABusinessCaseBodyWithTheType_WhenValidated_ThenTheCaseCarriesIt()
    {
        var c = Case(Body() with { AccountType = "Shared", Partner = "Bedford Borough Council" });
        Assert.Equal((AccountType.Shared, "Bedford Borough Council"), (c.AccountType, c.Partner));
    }
}
