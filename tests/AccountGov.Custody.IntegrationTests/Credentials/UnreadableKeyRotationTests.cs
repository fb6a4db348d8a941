using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests.Credentials;

public class UnreadableKeyRotationTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenOneDataKeyThatCannotBeUnwrapped_WhenTheKekIsRotated_ThenTheOthersAreRewrappedAndItIsReported()
    {
        var good = await Register.AccountAsync(fixture.Custody, "@rotategood");
        var broken = await Register.AccountAsync(fixture.Custody, "@rotatebroken");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        await Vault.Deposit(beth, good.Id, "Good-Key");
        await Vault.Deposit(beth, broken.Id, "Broken-Key");
        await Database.Execute(fixture.Custody,
            "update mt_doc_accountdatakey set data = jsonb_set(data, '{wrappedKey}', to_jsonb(regexp_replace(data->>'wrappedKey', '.$', case when right(data->>'wrappedKey', 1) = 'A' then 'B' else 'A' end))) where id = @id",
            ("id", broken.Id));

        var response = await beth.PostAsync("/admin/key-encryption-key/rotate", null);
        var result = await response.Content.ReadFromJsonAsync<KeyRotationResult>(Json.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, result!.Rewrapped);
        Assert.Equal(1, result.Unreadable);
        Assert.Contains(fixture.Custody.Logs.Lines, l => l.Contains(broken.Id.ToString()) && l.Contains("could not be unwrapped"));
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        Assert.Equal("Good-Key", (await Vault.Revealed(carl, good.Id)).Password);
        Assert.Equal(HttpStatusCode.InternalServerError, (await Vault.Reveal(carl, broken.Id)).StatusCode);
    }
}
