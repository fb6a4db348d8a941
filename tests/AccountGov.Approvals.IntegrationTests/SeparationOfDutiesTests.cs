using System.Net;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;

namespace AccountGov.Approvals.IntegrationTests;

/// <summary>
/// Nobody endorses, reviews or decides their own request; the sponsor never takes the BD decision nor reviews the DPIA;
/// a custodian never authorises their own access; roles are checked.
/// </summary>
public class SeparationOfDutiesTests(ApprovalsFixture fixture) : IClassFixture<ApprovalsFixture>
{
    private readonly Requests requests = new(fixture.Approvals);

    private Task<HttpClient> As(string user, params string[] roles) => fixture.Approvals.ClientFor(user, roles);

    [Theory]
    [InlineData(Personas.Rita, "SeniorManager")]          // the requester, even as a senior manager
    [InlineData(Personas.Bob, "SeniorManager")]           // a senior manager who is not the named sponsor
    [InlineData(Personas.Sam, "Staff")]                   // the named sponsor without SeniorManager
    [InlineData(Personas.Beth, "BusinessDevelopment")]    // BD cannot endorse on the sponsor's behalf
    public async Task GivenAnOpenCase_WhenAnyoneButTheSeniorSponsorEndorses_ThenForbidden(string user, string role)
    {
        var id = await requests.Submit();
        var response = await (await As(user, role)).Endorse(id);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(StageStatus.Pending, (await requests.CaseIn(id, c => c is not null)).Stages[0].Status);
    }

    [Fact]
    public async Task GivenTheSponsorIsAlsoTheRequester_WhenTheyEndorse_ThenForbidden()
    {
        var id = await requests.Submit(requester: Personas.Sam, sponsor: Personas.Sam);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As(Personas.Sam, "SeniorManager")).Endorse(id)).StatusCode);
    }

    [Theory]
    [InlineData(Personas.Rita, "InformationGovernance")]  // the requester working in IG
    [InlineData(Personas.Beth, "BusinessDevelopment")]    // not IG
    [InlineData(Personas.Sam, "SeniorManager")]           // not IG
    [InlineData(Personas.Sam, "InformationGovernance")]   // the sponsor who endorsed, even in IG
    public async Task GivenAnAttachedDpia_WhenReviewedByAnyoneButIndependentIg_ThenForbidden(string user, string role)
    {
        var id = await requests.Submit(dpiaRequired: true);
        await (await As(Personas.Sam, "SeniorManager")).Endorse(id);
        await requests.Publish(new AccountRequests.Contracts.DpiaAttached(id, 1, Personas.Rita, DateTimeOffset.UtcNow));
        await requests.CaseIn(id, c => c!.DpiaAttached);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await As(user, role)).ReviewDpia(id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await As(Personas.Ivy, "InformationGovernance")).ReviewDpia(id)).StatusCode);
    }

    [Theory]
    [InlineData(Personas.Sam, new[] { "BusinessDevelopment", "SeniorManager" })] // the sponsor, even in BD
    [InlineData(Personas.Rita, new[] { "BusinessDevelopment" })]                 // the requester, even in BD
    [InlineData(Personas.Ivy, new[] { "InformationGovernance" })]                // not BD
    [InlineData(Personas.Carl, new[] { "Staff" })]                               // not BD
    [InlineData(Personas.Carl, new[] { "BusinessDevelopment" })]                 // the primary custodian, even in BD
    [InlineData(Personas.Dina, new[] { "BusinessDevelopment" })]                 // the deputy custodian, even in BD
    public async Task GivenAnEndorsedCase_WhenDecidedByTheSponsorTheRequesterOrNonBd_ThenForbidden(string user, string[] roles)
    {
        var id = await requests.Submit();
        await (await As(Personas.Sam, "SeniorManager")).Endorse(id);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await As(user, roles)).Decide(id)).StatusCode);
        var c = await requests.CaseIn(id, x => x is not null);
        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Equal(HttpStatusCode.OK, (await (await As(Personas.Bob, "BusinessDevelopment")).Decide(id)).StatusCode);
    }

    [Fact]
    public async Task GivenACase_WhenReadByStaffWithNoPartInIt_ThenForbiddenButTheRequesterAndSponsorMayRead()
    {
        var id = await requests.Submit();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As(Personas.Carl, "Staff")).GetAsync($"/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await As(Personas.Rita, "Staff")).GetAsync($"/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await As(Personas.Sam, "SeniorManager")).GetAsync($"/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await As(Personas.Ada, "Auditor")).GetAsync($"/cases/{id}")).StatusCode);
    }

    [Fact]
    public async Task GivenNoToken_WhenCallingAnyRoute_ThenUnauthorized()
    {
        var anonymous = fixture.Approvals.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Decide(Guid.NewGuid())).StatusCode);
    }
}
