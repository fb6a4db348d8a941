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

        var id = (await rita.Submit(BusinessCases.Instagram(handle, personalData: true))).Content!.Id;
        await Eventually.Get(async () => { try { return await beth.GetCase(id); } catch (ApiException) { return null; } }, what: "the case");
        await sam.Endorse(id, new EndorsementBody(true, null));
        Assert.True((await rita.AttachDpia(id, BusinessCases.FullDpia())).IsSuccessStatusCode);
        await Eventually.Get<CaseDetails>(async () => await ivy.GetCase(id), until: c => c!.DpiaAttached, what: "the DPIA in Approvals");
        await ivy.ReviewDpia(id, new DpiaReviewBody("Accepted", "Proportionate."));
        await beth.Decide(id, new DecisionBody("Approved", null, ["Display the disclaimer"]));
        var account = await Eventually.Get(async () => (await ada.ListAccounts(requestId: id)).SingleOrDefault(), what: "the account in Custody");
        var leaving = await hana.PostAsJsonAsync("/hr/events", new
        {
            eventId = $"hr-{Guid.NewGuid():N}", type = "Leaving", staffId = Personas.Carl,
            lastWorkingDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
        });
        Assert.True(leaving.IsSuccessStatusCode);

        string[] expected =
        [
            "sam: Please endorse",
            "ig-team: DPIA ready for review",
            "bd-team: Ready for decision",
            "rita: Approved",
            "carl: Store the credential", "dina: Store the credential",
            "dina: Handover to you", "carl: Handing over",
        ];
        // The handover emails come last; once they are in, everything before them is too.
        var received = await Eventually.Get(() => Task.FromResult<List<string>?>(Summaries(handle)),
            until: r => expected.All(r!.Contains), within: TimeSpan.FromSeconds(90), what: "every expected email");

        Assert.Equal(expected.Order(), received.Order());
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

    private List<string> Summaries(string handle) => system.Smtp.About(handle)
        .Select(m => $"{m.To.Mailboxes.Single().Address.Split('@')[0]}: {m.Subject![..m.Subject!.IndexOf(':')]}").ToList();

    [GeneratedRegex(@"http://portal\.test/\S+")]
    private static partial Regex PortalLink();
}
