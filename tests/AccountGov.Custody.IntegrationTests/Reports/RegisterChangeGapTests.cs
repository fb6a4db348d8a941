using AccountGov.Custody.Api;
using System.Net;
using System.Net.Http.Json;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using MassTransit;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Reports;
using AccountGov.Custody.IntegrationTests.Handovers;

/// <summary>The custody-gap record follows the register itself, not only HR: BD's changes open and close gaps too.</summary>
public class RegisterChangeGapTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private sealed record Gap(Guid AccountId, string Reason, DateTimeOffset? Since);

    private async Task<Gap[]> Gaps()
    {
        var bd = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        return (await bd.GetFromJsonAsync<Gap[]>("/reports/custody-gaps", Json.Options))!;
    }

    /// <summary>An account whose two custodians are both off sick: a gap, detected and published.</summary>
    private async Task<AccountDetails> AccountInGap()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        foreach (var person in new[] { carl, dina })
            await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = person, leaveType = "Sickness", from = Iso(Today(fixture)) });
        Assert.Single(await Gaps(), g => g.AccountId == account.Id);
        await Eventually.True(() => Task.FromResult(fixture.Published.Of<CustodyGapDetected>().Any(m => m.AccountId == account.Id)),
            what: "CustodyGapDetected published");
        return account;
    }

    private async Task Bd(string path, object body)
    {
        var bd = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var response = await bd.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task GapClosedPublished(Guid accountId) =>
        Eventually.True(() => Task.FromResult(fixture.Published.Of<CustodyGapClosed>().Any(m => m.AccountId == accountId)),
            what: "CustodyGapClosed published");

    [Fact]
    public async Task GivenAnAccountInAGap_WhenBdAddsACustodian_ThenTheGapClosesAndIsPublished()
    {
        var account = await AccountInGap();

        await Bd($"/accounts/{account.Id}/custodians", new { userId = Person("bob"), name = "Bob Ng", role = "Deputy", reason = "cover" });

        Assert.DoesNotContain(await Gaps(), g => g.AccountId == account.Id);
        await GapClosedPublished(account.Id);
    }

    [Fact]
    public async Task GivenAnAccountInAGap_WhenBdReplacesACustodian_ThenTheGapCloses()
    {
        var account = await AccountInGap();
        var leaver = account.Custodians[0].UserId;

        await Bd($"/accounts/{account.Id}/custodians/{leaver}/removal",
            new { reason = "leaving", replacement = new { userId = Person("bob"), name = "Bob Ng" } });

        Assert.DoesNotContain(await Gaps(), g => g.AccountId == account.Id);
        await GapClosedPublished(account.Id);
    }

    [Fact]
    public async Task GivenAnAccountInAGap_WhenSuspended_ThenTheGapCloses_AndReactivatingReopensIt()
    {
        var account = await AccountInGap();

        await Bd($"/accounts/{account.Id}/suspend", new { reason = "not in use" });
        Assert.DoesNotContain(await Gaps(), g => g.AccountId == account.Id);
        await GapClosedPublished(account.Id);

        await Bd($"/accounts/{account.Id}/reactivate", new { reason = "back in use" });
        Assert.Single(await Gaps(), g => g.AccountId == account.Id);
        await Eventually.True(() => Task.FromResult(fixture.Published.Of<CustodyGapDetected>().Count(m => m.AccountId == account.Id) >= 2),
            what: "a second CustodyGapDetected published");
    }

    [Fact]
    public async Task GivenAnApprovalNamingNoCustodians_WhenRegistered_ThenAGapIsDetectedAtOnce()
    {
        var approval = new AccountRequestApproved(Guid.NewGuid(), "Estates", "X", $"@{Person("estates")}",
            new ApprovedStaff(Personas.Sam, Personas.NameOf(Personas.Sam)), [], [], Personas.Beth, DateTimeOffset.UtcNow);
        await fixture.Custody.Get<IBus>().Publish(approval);

        var detected = await Eventually.Get(() => Task.FromResult(fixture.Published.Of<CustodyGapDetected>().FirstOrDefault(m => m.AccountId == AccountIdFor(approval))),
            what: "CustodyGapDetected for the new account");
        Assert.Equal(Personas.Sam, detected!.SponsorUserId);
        Assert.Single(await Gaps(), g => g.AccountId == AccountIdFor(approval));
    }

    private static Guid AccountIdFor(AccountRequestApproved approval) => StreamIds.ForAccount(approval.RequestId);
}
