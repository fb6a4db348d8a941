using AccountGov.Custody.Api;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Importing;
using AccountGov.Custody.Api.Accounts.Uniqueness;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.UnitTests.Accounts;

public class ImportRulesTests
{
    private static ImportRow Row(string platform = "instagram", string handle = "@stlegacy", string? type = null, string? partner = null,
        string primary = "carl", string deputy = "dina", string sponsor = "sam") =>
        new(platform, handle, "Estates", type, partner, sponsor, "Sam Patel", primary, "Carl Obi", deputy, "Dina Roy");

    private static (LegacyAccount? Account, Dictionary<string, string[]> Errors) Validate(ImportRow row)
    {
        var errors = new FieldErrors();
        var account = ImportRules.Validate(row, errors);
        Assert.Equal(errors.Any, account is null);
        return (account, errors.ToDictionary());
    }

    [Fact]
    public void GivenAValidRow_WhenValidated_ThenTheCanonicalPlatformAndCorporate()
    {
        var account = Validate(Row()).Account!;
        Assert.Equal(("Instagram", "@stlegacy", AccountType.Corporate, (string?)null), (account.Platform, account.Handle, account.Type, account.Partner));
    }

    [Theory]
    [InlineData("Myspace", "@x", null, null, "carl", "dina", "sam", "platform")]
    [InlineData("X", "@ x", null, null, "carl", "dina", "sam", "handle")]
    [InlineData("X", "@", null, null, "carl", "dina", "sam", "handle")]
    [InlineData("X", "@x", "Shared", null, "carl", "dina", "sam", "partner")]
    [InlineData("X", "@x", "Campaign", "Bedford Borough Council", "carl", "dina", "sam", "partner")]
    [InlineData("X", "@x", "Personal", null, "carl", "dina", "sam", "type")]
    [InlineData("X", "@x", null, null, "carl", "Carl", "sam", "deputyId")]
    [InlineData("X", "@x", null, null, "carl", "dina", "dina", "sponsorId")]
    [InlineData("X", "@x", null, null, "", "dina", "sam", "primaryId")]
    public void GivenABadRow_WhenValidated_ThenTheColumnIsNamed(
        string platform, string handle, string? type, string? partner, string primary, string deputy, string sponsor, string column) =>
        Assert.Contains(column, Validate(Row(platform, handle, type, partner, primary, deputy, sponsor)).Errors.Keys);

    [Fact]
    public void GivenSharedWithItsPartner_WhenImported_ThenAnAccountWithoutRequestAndBothCustodiansActive()
    {
        var legacy = Validate(Row(type: "shared", partner: "Bedford Borough Council")).Account!;
        var id = StreamIds.ForImportedAccount(legacy.Platform, legacy.Handle);
        var account = Account.Start(ImportAccount.Decide(null, legacy, id, "beth", Approved.Now)[0]);

        Assert.Equal((true, AccountType.Shared, "Bedford Borough Council"), (account.Imported, account.Type, account.Partner));
        Assert.Equal([CustodianRole.Primary, CustodianRole.Deputy], account.Custodians.Select(c => c.Role));
        Assert.All(account.Custodians, c => Assert.Equal(CustodianStatus.Active, c.Status));
        Assert.Empty(ImportAccount.Decide(account, legacy, id, "beth", Approved.Now));
    }

    [Fact]
    public void GivenOneHandleWrittenTwoWays_ThenOneImportedStreamId() =>
        Assert.Equal(StreamIds.ForImportedAccount("Instagram", "@StLegacy"), StreamIds.ForImportedAccount("instagram", "stlegacy"));

    [Fact]
    public void GivenDuplicatesInTheFileAndTheRegister_WhenSorted_ThenOnlyTheFirstNewOneIsFresh()
    {
        LegacyAccount Legacy(string handle) => Validate(Row(handle: handle)).Account!;
        var seen = new Dictionary<string, int>();
        var holders = new Dictionary<string, HandleHolder> { [HandleKey.Of("Instagram", "held")] = new("account", Guid.Empty, "Active") };

        var (fresh, duplicates) = ImportDuplicates.Sort([(1, Legacy("@new")), (2, Legacy("NEW")), (3, Legacy("@Held"))], seen, holders);

        Assert.Equal([1], fresh.Select(f => f.Row));
        Assert.Equal([2, 3], duplicates.Select(d => d.Row));
        Assert.Contains("row 1 of this file", duplicates[0].Why);
        Assert.Contains("already in the register", duplicates[1].Why);
        Assert.Single(ImportDuplicates.Sort([(4, Legacy("@new"))], seen, new Dictionary<string, HandleHolder>()).Duplicates);
    }
}
