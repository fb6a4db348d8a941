using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Handovers;

public class AssignHandoverTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private async Task<HttpResponseMessage> Assign(Guid handoverId, object body, string role = "BusinessDevelopment")
    {
        var client = await fixture.Custody.ClientFor(Personas.Beth, role);
        return await client.PostAsJsonAsync($"/handovers/{handoverId}/assign", body);
    }

    [Fact]
    public async Task GivenAnEscalatedDeparture_WhenBdAssignsANewlyAddedCustodian_ThenItIsOpenWithThem_AndEveryWrongAssignmentIsRefused()
    {
        var (carl, dina, bob) = (Person("carl"), Person("dina"), Person("bob"));
        var account = await Account(fixture.Custody, carl, dina);
        var lastDay = Iso(Today(fixture).AddDays(14));
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Leaving", staffId = carl, lastWorkingDay = lastDay });
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Leaving", staffId = dina, lastWorkingDay = lastDay });
        // carl's went to dina, still Active then; dina's found no one.
        var dinas = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={dina}"));
        Assert.Equal(HandoverStatus.Escalated, dinas.Status);

        var notCustodian = await Assign(dinas.Id, new { toUserId = bob, name = "Bob Ng" });
        Assert.Equal(HttpStatusCode.Conflict, notCustodian.StatusCode);
        Assert.Contains("add them as a custodian first", await notCustodian.Content.ReadAsStringAsync());
        var bd = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        Assert.Equal(HttpStatusCode.OK, (await bd.PostAsJsonAsync($"/accounts/{account.Id}/custodians",
            new { userId = bob, name = "Bob Ng", role = "Deputy", reason = "cover for leavers" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Assign(dinas.Id, new { toUserId = carl, name = "Carl Obi" })).StatusCode); // leaving
        Assert.Equal(HttpStatusCode.Conflict, (await Assign(dinas.Id, new { toUserId = dina, name = "Dina Roy" })).StatusCode); // the giver
        Assert.Equal(HttpStatusCode.Forbidden, (await Assign(dinas.Id, new { toUserId = bob, name = "Bob Ng" }, "HR")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Assign(dinas.Id, new { name = "Bob Ng" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Assign(Guid.NewGuid(), new { toUserId = bob, name = "Bob Ng" })).StatusCode);

        var response = await Assign(dinas.Id, new { toUserId = bob, name = "Bob Ng" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var assigned = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={dina}"));
        Assert.Equal((HandoverStatus.Open, (string?)bob), (assigned.Status, assigned.ToUserId));
        Assert.True(assigned.DueBy >= Today(fixture) && assigned.DueBy < Today(fixture).AddDays(14));
        Assert.Equal(HttpStatusCode.Conflict, (await Assign(dinas.Id, new { toUserId = bob, name = "Bob Ng" })).StatusCode); // no longer Escalated
    }
}
