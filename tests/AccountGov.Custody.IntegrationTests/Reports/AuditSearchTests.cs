using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests.Reports;

/// <summary>GET /audit: the audit trail across accounts, by person, account and day, for auditors and BD only.</summary>
public class AuditSearchTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenRevealsOnTwoAccounts_WhenTheAuditorSearches_ThenEachFilterNarrowsAndNoSecretIsInTheAnswer()
    {
        var first = await Register.AccountAsync(fixture.Custody, "@auditsearchone");
        var second = await Register.AccountAsync(fixture.Custody, "@auditsearchtwo");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        var dina = await fixture.Custody.ClientFor(Personas.Dina, "Staff");
        await Vault.Deposit(carl, first.Id, "audit-Search-Pw-1");
        await Vault.Deposit(dina, second.Id, "audit-Search-Pw-2");
        Assert.Equal(HttpStatusCode.OK, (await Vault.Reveal(carl, first.Id, "audit search reveal")).StatusCode);

        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var raw = await ada.GetStringAsync($"/audit?userId={Personas.Carl}");
        Assert.DoesNotContain("audit-Search-Pw", raw);
        var carls = (await ada.GetFromJsonAsync<AccountAuditEntry[]>($"/audit?userId={Personas.Carl}", Json.Options))!;
        Assert.All(carls, e => Assert.Equal(Personas.Carl, e.By));
        var reveal = Assert.Single(carls, e => e.Reason == "audit search reveal");
        Assert.Equal(first.Id, reveal.AccountId);
        Assert.Equal("@auditsearchone", reveal.Handle);
        Assert.DoesNotContain(carls, e => e.AccountId == second.Id);

        var onlySecond = (await ada.GetFromJsonAsync<AccountAuditEntry[]>($"/audit?accountId={second.Id}", Json.Options))!;
        Assert.NotEmpty(onlySecond);
        Assert.All(onlySecond, e => Assert.Equal(second.Id, e.AccountId));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var yesterday = (await ada.GetFromJsonAsync<AccountAuditEntry[]>($"/audit?accountId={first.Id}&to={today.AddDays(-1):yyyy-MM-dd}", Json.Options))!;
        Assert.Empty(yesterday);
        var todays = (await ada.GetFromJsonAsync<AccountAuditEntry[]>($"/audit?accountId={first.Id}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}", Json.Options))!;
        Assert.Contains(todays, e => e.Reason == "audit search reveal");
    }

    [Fact]
    public async Task GivenABadRangeOrARoleWithoutAudit_WhenTheAuditIsSearched_ThenItIsRefused()
    {
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var bad = await ada.GetAsync("/audit?from=2026-12-02&to=2026-12-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"to\"", await bad.Content.ReadAsStringAsync());

        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await carl.GetAsync("/audit")).StatusCode);
    }
}
