using System.Net;
using System.Net.Http.Json;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Handovers;

/// <summary>Issue 13: BD could name as custodian someone HR had recorded as leaving or gone.</summary>
public class CustodianHrStatusTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    [Fact]
    public async Task GivenSomeoneHrRecordsAsLeaving_WhenBdNamesThemCustodian_Then409AndTheAccountIsUnchanged()
    {
        var (carl, dina, erin) = (Person("carl"), Person("dina"), Person("erin"));
        var account = await Account(fixture.Custody, carl, dina);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Leaving", staffId = erin, lastWorkingDay = Iso(Today(fixture).AddDays(20)) });
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");

        var added = await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians", new { userId = erin, name = "Erin Cole", role = "Deputy" });

        Assert.Equal(HttpStatusCode.Conflict, added.StatusCode);
        Assert.Contains("leaving", await added.Content.ReadAsStringAsync());
        Assert.Null(await StatusOf(fixture.Custody, account.Id, erin));
    }

    [Fact]
    public async Task GivenSomeoneOnLeave_WhenBdNamesThemCustodian_ThenAddedWithAWarning()
    {
        var (carl, dina, fay) = (Person("carl"), Person("dina"), Person("fay"));
        var account = await Account(fixture.Custody, carl, dina);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = fay, leaveType = "Sickness", from = Iso(Today(fixture).AddDays(-1)) });
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");

        var added = await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians", new { userId = fay, name = "Fay Hill", role = "Deputy" });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("on leave", Assert.Single(added.Headers.Warning).Text);
    }
}
