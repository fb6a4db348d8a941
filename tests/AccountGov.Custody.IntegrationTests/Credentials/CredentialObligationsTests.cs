using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Custody.IntegrationTests.Handovers;
using AccountGov.ServiceDefaults.Time;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Credentials;

/// <summary>IG31 §8.1 on real servers: a first deposit chased by the clock, and rotation forced by removing a custodian.</summary>
public class CredentialObligationsTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private static readonly BusinessCalendar Calendar = new(BusinessCalendarSetup.EnglandAndWales());

    private static readonly object Secret = new { username = "stpaeds", password = "correct-horse-battery-1" };

    [Fact]
    public async Task GivenAnAccountWithoutADeposit_WhenItsDueDatePasses_ThenItIsReportedOverdue_RemindedAndEscalatedToBd()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var bd = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var dueOn = Calendar.AddBusinessDays(Today(fixture), 5);

        var listed = Assert.Single(await Missing(bd), m => m.AccountId == account.Id);
        Assert.Equal((dueOn, false, false), (listed.DueOn, listed.Overdue, listed.Escalated));
        Assert.Equal(dueOn, (await bd.GetFromJsonAsync<AccountDetails>($"/accounts/{account.Id}", Json.Options))!.Obligations!.DepositDueOn);

        var overdueDay = Calendar.AddBusinessDays(dueOn, 1);
        try
        {
            fixture.Clock.AdvanceDays(overdueDay.DayNumber - Today(fixture).DayNumber);
            var overdue = await Eventually.Get(() => Task.FromResult(fixture.Published.Of<CredentialDepositEscalated>()
                .FirstOrDefault(m => m.AccountId == account.Id)), what: "the overdue deposit escalated");
            Assert.Equal((dueOn, Personas.Sam), (overdue.DueOn, overdue.SponsorUserId));
            Assert.Equal([carl, dina], overdue.CustodianUserIds.Order());
            Assert.Contains(fixture.Published.Of<CredentialDepositDue>(), m => m.AccountId == account.Id);

            var reported = Assert.Single(await Missing(bd), m => m.AccountId == account.Id);
            Assert.Equal((true, true), (reported.Overdue, reported.Escalated));
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }

        var custodian = await fixture.Custody.ClientFor(carl, "Staff");
        Assert.Equal(HttpStatusCode.NoContent, (await custodian.PutAsJsonAsync($"/accounts/{account.Id}/credential", Secret)).StatusCode);
        Assert.DoesNotContain(await Missing(bd), m => m.AccountId == account.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await fixture.Custody.ClientFor(carl, "Staff")).GetAsync("/reports/missing-credentials")).StatusCode);
    }

    [Fact]
    public async Task GivenACustodianRemoved_WhenTheSamePasswordIsStoredAgain_ThenTheRotationTaskStaysOpen_UntilANewPasswordIsStored()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var custodian = await fixture.Custody.ClientFor(carl, "Staff");
        var bd = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        Assert.Equal(HttpStatusCode.NoContent, (await custodian.PutAsJsonAsync($"/accounts/{account.Id}/credential", Secret)).StatusCode);

        var removed = await bd.PostAsJsonAsync($"/accounts/{account.Id}/custodians/{dina}/removal", new { reason = "moved to another team" });
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);

        var told = await Eventually.Get(() => Task.FromResult(fixture.Published.Of<CredentialRotationRequired>()
            .FirstOrDefault(m => m.AccountId == account.Id)), what: "the custodians told to rotate");
        Assert.Equal((RotationCause.CustodianRemoved, (string?)carl), (told.Cause, told.CustodianUserIds.SingleOrDefault()));
        Assert.Contains(await Rotations(bd), r => r.AccountId == account.Id);
        var exposure = await bd.GetFromJsonAsync<ExposureReport>($"/accounts/{account.Id}/exposure", Json.Options);
        Assert.Equal(RotationCause.CustodianRemoved, Assert.Single(exposure!.OpenRotations).Cause);

        Assert.Equal(HttpStatusCode.NoContent, (await custodian.PutAsJsonAsync($"/accounts/{account.Id}/credential", Secret)).StatusCode);
        Assert.Single((await bd.GetFromJsonAsync<AccountDetails>($"/accounts/{account.Id}", Json.Options))!.Obligations!.OpenRotations);

        Assert.Equal(HttpStatusCode.NoContent, (await custodian.PutAsJsonAsync($"/accounts/{account.Id}/credential",
            new { username = "stpaeds", password = "a-brand-new-passphrase-2" })).StatusCode);
        Assert.Empty((await bd.GetFromJsonAsync<AccountDetails>($"/accounts/{account.Id}", Json.Options))!.Obligations!.OpenRotations);
        Assert.DoesNotContain(await Rotations(bd), r => r.AccountId == account.Id);
    }

    private static async Task<MissingCredential[]> Missing(HttpClient client) =>
        (await client.GetFromJsonAsync<MissingCredential[]>("/reports/missing-credentials", Json.Options))!;

    private static async Task<OpenRotation[]> Rotations(HttpClient client) =>
        (await client.GetFromJsonAsync<OpenRotation[]>("/reports/rotations", Json.Options))!;
}
