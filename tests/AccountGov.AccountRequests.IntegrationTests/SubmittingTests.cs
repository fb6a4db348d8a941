using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AccountGov.AccountRequests.Contracts;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;

namespace AccountGov.AccountRequests.IntegrationTests;

[Collection(RequestsCollection.Name)]
public class SubmittingTests(RequestsFixture fx)
{
    [Fact]
    public async Task GivenTheApiMdBody_WhenSubmitted_Then201WithLocationAndEverythingIsReadBack()
    {
        var response = await fx.Rita.PostAsJsonAsync("/requests", Bodies.Valid(handle: "@submitted"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<RequestAccepted>(RequestsFixture.Json))!;
        Assert.Equal($"/requests/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((RequestStatus.Submitted, false, 1L), (created.Status, created.DpiaRequired, created.Version));

        var read = await fx.Get(created.Id);
        Assert.Equal(("Paediatric Physiotherapy", "Instagram", "@submitted"), (read.Team, read.Platform, read.Handle));
        Assert.Equal(Personas.Rita, read.Requester.UserId);
        Assert.Equal(Personas.Sam, read.Sponsor.UserId);
        Assert.Equal([(Personas.Carl, CustodianRole.Primary), (Personas.Dina, CustodianRole.Deputy)],
            read.Custodians.Select(c => (c.UserId, c.Role)));
        Assert.Equal("Mon-Fri 08:00-17:00", read.MonitoringHours);
        Assert.True(read.Attestations.DisclaimerWillBeDisplayed);
        Assert.Contains("Appendix 2", read.ScreeningPolicy);
        var history = Assert.Single(read.History);
        Assert.Equal(("Submitted", Personas.Rita), (history.Event, history.By));
    }

    [Fact]
    public async Task GivenTheRawJson_WhenRead_ThenFieldsAreCamelCaseAndEnumsAreStrings()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@rawjson"));
        var json = await fx.Rita.GetFromJsonAsync<JsonElement>($"/requests/{created.Id}");
        Assert.Equal("Submitted", json.GetProperty("status").GetString());
        Assert.Equal("Primary", json.GetProperty("custodians")[0].GetProperty("role").GetString());
        Assert.Equal("Submitted", json.GetProperty("history")[0].GetProperty("event").GetString());
        Assert.True(json.GetProperty("history")[0].TryGetProperty("at", out _));
    }

    [Theory]
    [InlineData("personalData")] [InlineData("intrusiveContact")] [InlineData("newPurpose")]
    public async Task GivenAScreeningYes_WhenSubmitted_ThenDpiaRequired(string question)
    {
        var created = await fx.Submit(Bodies.Valid().With("dpiaScreening", Bodies.Screening(yes: question)));
        Assert.True(created.DpiaRequired);
        Assert.True((await fx.Get(created.Id)).DpiaRequired);
    }

    [Fact]
    public async Task GivenWhatsAppWithTheChecklist_WhenSubmitted_ThenTheChecklistIsKept()
    {
        var created = await fx.Submit(Bodies.Valid("WhatsApp", "@parentsgroup").With("messagingChecklist", Bodies.Checklist()));
        var read = await fx.Get(created.Id);
        Assert.Equal("Monthly", read.MessagingChecklist!.MembershipReviewCadence);
        // CO23 §7.2: the request says which policy texts it was checked against, and that each is past its review date.
        Assert.Equal(["screening", "attestations", "messaging-checklist"], read.Policies!.Select(p => p.Key));
        Assert.All(read.Policies!, p => Assert.True(p.PastReview));
    }

    [Fact]
    public async Task GivenThePolicyTexts_WhenBdReadsThem_ThenEachHasItsVersionAndSaysItIsPastItsReviewDate()
    {
        var beth = await fx.Service.ClientFor(Personas.Beth, "BusinessDevelopment");
        var policies = (await beth.GetFromJsonAsync<PolicyVersionView[]>("/requests/policies"))!;

        Assert.Equal(["screening", "attestations", "messaging-checklist"], policies.Select(p => p.Key));
        Assert.Equal(("v1.0", new DateOnly(2023, 9, 1), true), (policies[0].Version, policies[0].ReviewBy, policies[0].PastReview));
    }

    public static TheoryData<string, JsonObject> Invalid => new()
    {
        { "team", Bodies.Valid().Without("team") },
        { "purpose", Bodies.Valid().With("purpose", new string('x', 4001)) },
        { "handle", Bodies.Valid().With("handle", "") },
        { "platform", Bodies.Valid("MySpace") },
        { "custodians", Bodies.Valid().With("custodians", new JsonArray(Bodies.Person(Personas.Carl))) },
        { "custodians[1].userId", Bodies.Valid().With("custodians", new JsonArray(Bodies.Person(Personas.Carl), Bodies.Person(Personas.Carl))) },
        { "custodians[0].userId", Bodies.Valid().With("custodians", new JsonArray(Bodies.Person(Personas.Sam), Bodies.Person(Personas.Dina))) },
        { "sponsor", Bodies.Valid().With("sponsor", Bodies.Person(Personas.Rita)) },
        { "sponsor.email", Bodies.Valid().With("sponsor.email", "sam-at-example") },
        { "attestations.readSocialMediaPolicy", Bodies.Valid().With("attestations.readSocialMediaPolicy", false) },
        { "attestations.readEmailAndInternetPolicy", Bodies.Valid().With("attestations.readEmailAndInternetPolicy", false) },
        { "attestations.disclaimerWillBeDisplayed", Bodies.Valid().With("attestations.disclaimerWillBeDisplayed", false) },
        { "dpiaScreening.sensitiveData", Bodies.Valid().Without("dpiaScreening.sensitiveData") },
        { "messagingChecklist", Bodies.Valid("Teams") },
        { "messagingChecklist", Bodies.Valid("X").With("messagingChecklist", Bodies.Checklist()) },
        { "messagingChecklist.remoteWipe", Bodies.Valid("WhatsApp").With("messagingChecklist", Bodies.Checklist().With("remoteWipe", false)) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task GivenAnInvalidField_WhenSubmitted_Then400NamingItAndNothingStored(string field, JsonObject body)
    {
        var before = await fx.StreamCount();
        var response = await fx.Rita.PostAsJsonAsync("/requests", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {problem}");
        Assert.Equal(before, await fx.StreamCount());
    }

    [Fact]
    public async Task GivenMalformedJson_WhenSubmitted_Then400AndNothingStored()
    {
        var before = await fx.StreamCount();
        var response = await fx.Rita.PostAsync("/requests", new StringContent("{\"team\": [", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await fx.StreamCount());
    }

    [Fact]
    public async Task GivenAWrongJsonType_WhenSubmitted_Then400NamingTheField()
    {
        var response = await fx.Rita.PostAsJsonAsync("/requests", Bodies.Valid().With("attestations.readSocialMediaPolicy", "yes"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("attestations.readSocialMediaPolicy", out _), problem.ToString());
    }

    [Fact]
    public async Task GivenAPersonalValue_WhenRejected_ThenTheProblemDoesNotEchoIt()
    {
        var response = await fx.Rita.PostAsJsonAsync("/requests", Bodies.Valid("Pager-9f3e").With("sponsor.email", "private-9f3e"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("9f3e", text);
    }

    [Fact]
    public async Task GivenNoToken_WhenSubmitting_Then401()
    {
        var response = await fx.Service.CreateClient().PostAsJsonAsync("/requests", Bodies.Valid());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GivenTheScreeningPolicyRoute_WhenRead_ThenTheTenQuestionsAndTheRule()
    {
        var policy = await fx.Rita.GetFromJsonAsync<ScreeningPolicyView>("/requests/screening-policy", RequestsFixture.Json);
        Assert.Equal(10, policy!.Questions.Count);
        Assert.Contains("any", policy.Rule);
    }
}
