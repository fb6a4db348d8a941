using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Api.Credentials.Rotating;
using AccountGov.Custody.Contracts;
using AccountGov.Custody.Api.Credentials.Vault;
using AccountGov.Testing;
using Marten;

namespace AccountGov.Custody.IntegrationTests.Credentials;

public class KeyRotationAndShreddingTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenStoredCredentials_WhenTheKekIsRotated_ThenDataKeysAreRewrappedAndSecretsAreNotReEncrypted()
    {
        var first = await Register.AccountAsync(fixture.Custody, "@rotatea");
        var second = await Register.AccountAsync(fixture.Custody, "@rotateb");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        await Vault.Deposit(carl, first.Id, "Rotate-A-1");
        await Vault.Deposit(carl, second.Id, "Rotate-B-1");
        var keyBefore = await WrappedKey(first.Id);
        var ciphertextBefore = await Ciphertexts(first.Id);

        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var response = await beth.PostAsync("/admin/key-encryption-key/rotate", null);
        var result = await response.Content.ReadFromJsonAsync<KeyRotationResult>(Json.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, result!.Rewrapped);
        var keyAfter = await WrappedKey(first.Id);
        Assert.NotEqual(keyBefore.KeyId, keyAfter.KeyId);
        Assert.Equal(result.CurrentKeyId, keyAfter.KeyId);
        Assert.NotEqual(keyBefore.WrappedKey, keyAfter.WrappedKey);
        Assert.Equal(ciphertextBefore, await Ciphertexts(first.Id));
        Assert.Equal("Rotate-A-1", (await Vault.Revealed(carl, first.Id)).Password);
        Assert.Equal("Rotate-B-1", (await Vault.Revealed(carl, second.Id)).Password);

        // A second rotation moves every live key under yet another KEK; secrets still open.
        var again = await (await beth.PostAsync("/admin/key-encryption-key/rotate", null)).Content.ReadFromJsonAsync<KeyRotationResult>(Json.Options);
        Assert.Equal(2, again!.Rewrapped);
        Assert.Equal(0, again.Unreadable);
        Assert.Equal("Rotate-A-1", (await Vault.Revealed(carl, first.Id)).Password);
    }

    [Theory]
    [InlineData("Staff")]
    [InlineData("Auditor")]
    [InlineData("HR")]
    [InlineData("InformationGovernance")]
    [InlineData("SeniorManager")]
    public async Task GivenAnyoneButBusinessDevelopment_WhenRotatingTheKek_Then403(string role)
    {
        var client = await fixture.Custody.ClientFor(Personas.Rita, role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/admin/key-encryption-key/rotate", null)).StatusCode);
    }

    [Fact]
    public async Task GivenACompletedDecommissioningChecklist_WhenDone_ThenTheDataKeyIsDestroyedAndOldCiphertextIsUnreadable()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@shredded");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        await Vault.Deposit(carl, account.Id, "Shred-Marker-1");
        await Vault.Deposit(carl, account.Id, "Shred-Marker-2");
        var wrapped = (await WrappedKey(account.Id)).WrappedKey!;
        var ciphertexts = await Ciphertexts(account.Id);

        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        Assert.Equal(HttpStatusCode.OK, (await beth.PostAsJsonAsync($"/accounts/{account.Id}/suspend", new { reason = "service closed" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await beth.PostAsJsonAsync($"/accounts/{account.Id}/decommissioning", new { reason = "service closed" })).StatusCode);
        foreach (var item in new[] { "ContentArchived", "ClosedOnPlatform" })
            Assert.Equal(HttpStatusCode.OK, (await beth.PostAsJsonAsync($"/accounts/{account.Id}/decommissioning/checklist", new { item, note = "done" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Vault.Reveal(carl, account.Id)).StatusCode);
        var last = await beth.PostAsJsonAsync($"/accounts/{account.Id}/decommissioning/checklist", new { item = "DisclaimerLinksRemoved", note = "done" });
        var details = await last.Content.ReadFromJsonAsync<AccountDetails>(Json.Options);

        Assert.Equal(AccountStatus.Decommissioned, details!.Status);
        Assert.NotNull(details.Decommissioning!.CompletedAt);
        // The ciphertexts are still there, byte for byte; the key that opens them is gone from every table.
        Assert.Equal(ciphertexts, await Ciphertexts(account.Id));
        Assert.Null((await WrappedKey(account.Id)).WrappedKey);
        Assert.Empty(await Database.TablesContaining(fixture.Custody, wrapped.Split('|')[2]));
        var store = fixture.Custody.Get<IDocumentStore>();
        await using var session = store.QuerySession();
        var vault = fixture.Custody.Get<CredentialVault>();
        foreach (var c in ciphertexts)
            await Assert.ThrowsAsync<DataKeyDestroyedException>(() => vault.OpenAsync(session, new CredentialSlot(account.Id, c.Id, c.Version), default));

        Assert.Equal(HttpStatusCode.Conflict, (await Vault.Reveal(carl, account.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await carl.PutAsJsonAsync($"/accounts/{account.Id}/credential", Vault.Credential("again"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await beth.PostAsJsonAsync($"/accounts/{account.Id}/reactivate", new { reason = "oops" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians",
            new { userId = "ivy", name = "Ivy Green", role = "Deputy" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await beth.PostAsJsonAsync($"/accounts/{account.Id}/break-glass", new { reason = "x" })).StatusCode);

        // Rotation after shredding leaves the destroyed key destroyed.
        await beth.PostAsync("/admin/key-encryption-key/rotate", null);
        Assert.Null((await WrappedKey(account.Id)).WrappedKey);
    }

    [Fact]
    public async Task GivenAnActiveAccount_WhenDecommissioningStarts_Then409UntilSuspended()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@notsuspended");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        Assert.Equal(HttpStatusCode.Conflict, (await beth.PostAsJsonAsync($"/accounts/{account.Id}/decommissioning", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await beth.PostAsJsonAsync($"/accounts/{account.Id}/decommissioning/checklist", new { item = "Burned" })).StatusCode);
    }

    private async Task<AccountDataKey> WrappedKey(Guid accountId)
    {
        await using var session = fixture.Custody.Get<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<AccountDataKey>(accountId))!;
    }

    private async Task<List<(Guid Id, int Version, string Ciphertext)>> Ciphertexts(Guid accountId)
    {
        await using var session = fixture.Custody.Get<IDocumentStore>().QuerySession();
        var docs = await session.Query<SealedCredential>().Where(c => c.AccountId == accountId).OrderBy(c => c.Version).ToListAsync();
        return docs.Select(d => (d.Id, d.Version, d.Ciphertext)).ToList();
    }
}
