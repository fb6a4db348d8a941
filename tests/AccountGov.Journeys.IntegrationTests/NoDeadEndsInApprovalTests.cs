using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;
using Refit;

namespace AccountGov.Journeys.IntegrationTests;

/// <summary>
/// Issue 13, the approval half, through the four real services: a request naming a sponsor who cannot endorse gets a
/// new sponsor (who is emailed and named on the business case) instead of being withdrawn; IG asks for an amended
/// DPIA, the requester is emailed and attaches it, IG is emailed again and accepts the High risk with a comment.
/// </summary>
public class NoDeadEndsInApprovalTests(MailedSystemFixture system) : IClassFixture<MailedSystemFixture>
{
    [Fact]
    public async Task GivenAWrongSponsorAndADpiaToAmend_WhenReplacedAndAmended_ThenTheRightPeopleAreEmailedAndTheCaseGoesOn()
    {
        var handle = $"@dead{Guid.NewGuid():N}"[..14];
        var rita = RestService.For<IAccountRequestsApi>(await system.Requests.ClientFor(Personas.Rita, "Staff"));
        var ritaCases = RestService.For<IApprovalsApi>(await system.Approvals.ClientFor(Personas.Rita, "Staff"));
        var sam = RestService.For<IApprovalsApi>(await system.Approvals.ClientFor(Personas.Sam, "SeniorManager"));
        var ivy = RestService.For<IApprovalsApi>(await system.Approvals.ClientFor(Personas.Ivy, "InformationGovernance"));
        var hanaAsSponsor = new PersonBody(Personas.Hana, Personas.NameOf(Personas.Hana), "hana@example.nhs.uk");

        var id = (await rita.Submit(BusinessCases.Instagram(handle, personalData: true) with { Sponsor = hanaAsSponsor })).Content!.Id;
        await Eventually.Get(async () => { try { return await ritaCases.GetCase(id); } catch (ApiException) { return null; } }, what: "the case");
        var replaced = await ritaCases.ReplaceSponsor(id, new SponsorBody(Personas.Sam, Personas.NameOf(Personas.Sam), "sam@example.nhs.uk"));
        Assert.Equal(Personas.Sam, replaced.Sponsor.UserId);
        await Eventually.True(async () => (await rita.Get(id)).Content!.Sponsor.UserId == Personas.Sam, what: "the new sponsor on the business case");
        await sam.Endorse(id, new EndorsementBody(true, null));

        Assert.True((await rita.AttachDpia(id, BusinessCases.FullDpia() with { ResidualRisk = "High" })).IsSuccessStatusCode);
        await Eventually.Get<CaseDetails>(async () => await ivy.GetCase(id), until: c => c!.DpiaAttached, what: "the DPIA in Approvals");
        await ivy.ReviewDpia(id, new DpiaReviewBody("ChangesRequested", "Say how long messages are kept."));
        Assert.Contains(await ivy.GetAwaitingDpia(), c => c.RequestId == id);
        Assert.True((await rita.AttachDpia(id, BusinessCases.FullDpia() with { ResidualRisk = "High" })).IsSuccessStatusCode);
        await Eventually.Get<CaseDetails>(async () => await ivy.GetCase(id), until: c => c!.DpiaAttached, what: "the amended DPIA");
        var silent = await Assert.ThrowsAsync<ValidationApiException>(() => ivy.ReviewDpia(id, new DpiaReviewBody("Accepted", null)));
        Assert.Contains("comment", silent.Content!.Errors.Keys);
        var accepted = await ivy.ReviewDpia(id, new DpiaReviewBody("Accepted", "Retention set to 30 days; risk accepted."));
        Assert.Equal(StageName.BusinessDevelopmentDecision, accepted.CurrentStage);

        string[] expected =
        [
            "hana: Please endorse", "sam: Please endorse",
            "ig-team: DPIA ready for review", "rita: DPIA changes requested", "ig-team: DPIA ready for review",
            "bd-team: Ready for decision",
        ];
        var received = await Eventually.Get(() => Task.FromResult<List<string>?>(Summaries(handle)),
            until: r => expected.Order().SequenceEqual(r!.Order()), within: TimeSpan.FromSeconds(90), what: "every expected email");
        Assert.Equal(expected.Order(), received.Order());
    }

    private List<string> Summaries(string handle) => system.Smtp.About(handle)
        .Select(m => $"{m.To.Mailboxes.Single().Address.Split('@')[0]}: {m.Subject![..m.Subject!.IndexOf(':')]}").ToList();
}
