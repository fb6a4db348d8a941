using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using Refit;

namespace AccountGov.Journeys.IntegrationTests;

/// <summary>
/// Issue 12, driven through the four real services rather than by publishing their messages: a request that needs a
/// DPIA goes through endorsement, IG review and approval, then its primary custodian leaves. Every person who owes
/// the next step is emailed once, with a link to the Portal page where they take it, and nobody else is.
/// </summary>
public partial class EmailingTheRightPeopleTests(MailedSystemFixture system) : IClassFixture<MailedSystemFixture>
{
    [Fact]
    public async Task GivenASubmissionThroughApprovalAndALeaver_WhenTheServicesRun_ThenEachPersonIsEmailedOnceWithTheirPortalLink()
    {
        var handle = $"@mail{Guid.NewGuid():N}"[..14];
        var rita = RestService.For<IAccountRequestsApi>(await system.Requests.ClientFor(Personas.Rita, "Staff"));
        var sam = RestService.For<IApprovalsApi>(await system.Approvals.ClientFor(Personas.Sam, "SeniorManager"));
        var ivy = RestService.For<IApprovalsApi>(await system.Approvals.ClientFor(Personas.Ivy, "InformationGovernance"));
        var beth = RestService.For<IApprovalsApi>(await system.Approvals.ClientFor(Personas.Beth, "BusinessDevelopment"));
        var ada = RestService.For<ICustodyApi>(await system.Custody.ClientFor(Personas.Ada, "Auditor"));
        var hana = await system.Custody.ClientFor(Personas.Hana, "HR");

        var (id, account) = await new EmailJourney(rita, rita, sam, ivy, beth, ada, hana).Run(handle);
        var received = await EmailJourney.Received(system.Smtp, handle, within: TimeSpan.FromSeconds(90));

        Assert.Equal(EmailJourney.ExpectedEmails.Order(), received.Order());
        var handover = await hana.GetFromJsonAsync<HandoverSummary[]>($"/handovers?staffId={Personas.Carl}", Json);
        string[] pages = [$"/cases/{id}", $"/requests/{id}", $"/accounts/{account.Id}", .. handover!.Select(h => $"/handovers/{h.Id}")];
        Assert.All(system.Smtp.About(handle), m =>
        {
            var links = PortalLink().Matches(m.TextBody ?? "").Select(l => l.Value[MailedSystemFixture.Portal.Length..]).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.Contains(l, pages));
        });
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json =
        new(System.Text.Json.JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [GeneratedRegex(@"http://portal\.test/\S+")]
    private static partial Regex PortalLink();
}
