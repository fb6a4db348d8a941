using System.Net.Http.Json;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using Refit;

namespace AccountGov.Journeys.IntegrationTests;

/// <summary>
/// The journey both email tests drive (one set of in-process services, or two processes of each): a request that
/// needs a DPIA goes through endorsement, IG review and approval, then its primary custodian gives notice. Each
/// person signs in where the caller says, so the replica test can send every step to another process.
/// </summary>
public sealed record EmailJourney(
    IAccountRequestsApi Rita, IAccountRequestsApi RitaAgain, IApprovalsApi Sam, IApprovalsApi Ivy, IApprovalsApi Beth,
    ICustodyApi Ada, HttpClient Hana)
{
    /// <summary>Each person who owes the next step, and the subject's first words; each exactly once.</summary>
    public static readonly string[] ExpectedEmails =
    [
        "sam: Please endorse",
        "ig-team: DPIA ready for review",
        "bd-team: Ready for decision",
        "rita: Approved",
        "carl: Store the credential", "dina: Store the credential",
        "dina: Handover to you", "carl: Handing over",
    ];

    public async Task<(Guid RequestId, AccountDetails Account)> Run(string handle)
    {
        var id = (await Rita.Submit(BusinessCases.Instagram(handle, personalData: true))).Content!.Id;
        await Eventually.Get(async () => { try { return await Sam.GetCase(id); } catch (ApiException) { return null; } }, what: "the case");
        await Sam.Endorse(id, new EndorsementBody(true, null));
        Assert.True((await RitaAgain.AttachDpia(id, BusinessCases.FullDpia())).IsSuccessStatusCode);
        await Eventually.Get<CaseDetails>(async () => await Ivy.GetCase(id), until: c => c!.DpiaAttached, what: "the DPIA in Approvals");
        await Ivy.ReviewDpia(id, new DpiaReviewBody("Accepted", "Proportionate."));
        await Beth.Decide(id, new DecisionBody("Approved", null, ["Display the disclaimer"]));
        var account = await Eventually.Get(async () => (await Ada.ListAccounts(requestId: id)).SingleOrDefault(), what: "the account in Custody");
        var leaving = await Hana.PostAsJsonAsync("/hr/events", new
        {
            eventId = $"hr-{Guid.NewGuid():N}", type = "Leaving", staffId = Personas.Carl,
            lastWorkingDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
        });
        Assert.True(leaving.IsSuccessStatusCode);
        return (id, account);
    }

    /// <summary>Waits for every expected email (the handover ones come last), then returns all that arrived.</summary>
    public static Task<List<string>> Received(SmtpTestServer smtp, string handle, TimeSpan within) =>
        Eventually.Get(() => Task.FromResult<List<string>?>(Summaries(smtp, handle)),
            until: r => ExpectedEmails.All(r!.Contains), within: within, what: "every expected email");

    private static List<string> Summaries(SmtpTestServer smtp, string handle) => smtp.About(handle)
        .Select(m => $"{m.To.Mailboxes.Single().Address.Split('@')[0]}: {m.Subject![..m.Subject!.IndexOf(':')]}").ToList();
}
