using AccountGov.AccountRequests.Api.Requests;
using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.AccountRequests.Contracts;
using AccountGov.AccountRequests.Contracts.Http;
using static AccountGov.AccountRequests.UnitTests.Given;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.AccountRequests.UnitTests;

public class BusinessCaseRulesTests
{
    private static Dictionary<string, string[]> ErrorsOf(BusinessCaseBody body, string requester = Rita)
    {
        var errors = new FieldErrors();
        var result = BusinessCaseRules.Validate(body, requester, errors);
        Assert.Equal(errors.Any, result is null);
        return errors.ToDictionary();
    }

    private static void AssertOnlyError(BusinessCaseBody body, string field)
    {
        var errors = ErrorsOf(body);
        Assert.Equal([field], errors.Keys);
        Assert.All(errors[field], m => Assert.False(string.IsNullOrWhiteSpace(m)));
    }

    [Fact]
    public void GivenTheApiMdBody_WhenValidated_ThenACaseWithAPrimaryAndADeputy()
    {
        var c = Case();
        Assert.Equal(Platform.Instagram, c.Platform);
        Assert.Equal([CustodianRole.Primary, CustodianRole.Deputy], c.Custodians.Select(x => x.Role));
        Assert.Equal(Carl, c.Custodians[0].UserId);
        Assert.Null(c.MessagingChecklist);
    }

    [Fact]
    public void GivenPaddedText_WhenValidated_ThenItIsTrimmed() =>
        Assert.Equal("Paediatric Physiotherapy", Case(Body() with { Team = "  Paediatric Physiotherapy " }).Team);

    [Theory]
    [InlineData("team")] [InlineData("handle")] [InlineData("purpose")] [InlineData("audience")]
    [InlineData("benefits")] [InlineData("risks")] [InlineData("monitoringHours")] [InlineData("platform")]
    public void GivenAnEmptyField_WhenValidated_Then400NamesIt(string field) => AssertOnlyError(field switch
    {
        "team" => Body() with { Team = " " },
        "handle" => Body() with { Handle = null },
        "purpose" => Body() with { Purpose = "" },
        "audience" => Body() with { Audience = null },
        "benefits" => Body() with { Benefits = "\t" },
        "risks" => Body() with { Risks = null },
        "monitoringHours" => Body() with { MonitoringHours = "" },
        _ => Body() with { Platform = null },
    }, field);

    [Fact]
    public void GivenOverLongText_WhenValidated_ThenTheFieldIsNamed()
    {
        AssertOnlyError(Body() with { Purpose = new string('a', BusinessCaseRules.LongText + 1) }, "purpose");
        AssertOnlyError(Body() with { Team = new string('a', BusinessCaseRules.ShortText + 1) }, "team");
    }

    [Fact]
    public void GivenTextAtTheLimit_WhenValidated_ThenAccepted() =>
        Assert.Empty(ErrorsOf(Body() with { Purpose = new string('a', BusinessCaseRules.LongText) }));

    [Theory]
    [InlineData("MySpace")] [InlineData("3")] [InlineData("Insta gram")]
    public void GivenAnUnknownPlatform_WhenValidated_ThenPlatformIsNamed(string platform) =>
        AssertOnlyError(Body(platform), "platform");

    [Fact]
    public void GivenAPlatformInAnotherCase_WhenValidated_ThenItIsRecognised() =>
        Assert.Equal(Platform.LinkedIn, Case(Body("linkedin")).Platform);

    [Fact]
    public void GivenAHandleWithSpaces_WhenValidated_ThenHandleIsNamed() =>
        AssertOnlyError(Body() with { Handle = "@st paeds" }, "handle");

    [Fact]
    public void GivenOneCustodian_WhenValidated_ThenCustodiansIsNamed() =>
        AssertOnlyError(Body() with { Custodians = [new CustodianBody(Carl, "Carl Obi", "carl@example.nhs.uk")] }, "custodians");

    [Fact]
    public void GivenNoCustodians_WhenValidated_ThenCustodiansIsNamed() =>
        AssertOnlyError(Body() with { Custodians = null }, "custodians");

    [Fact]
    public void GivenTheSameCustodianTwice_WhenValidated_ThenTheSecondIsNamed() =>
        AssertOnlyError(Body() with
        {
            Custodians = [new CustodianBody(Carl, "Carl Obi", "carl@example.nhs.uk"), new CustodianBody(Carl, "Carl Obi", "carl@example.nhs.uk")],
        }, "custodians[1].userId");

    [Fact]
    public void GivenTheSameCustodianInAnotherCase_WhenValidated_ThenTheSecondIsNamed() =>
        AssertOnlyError(Body() with
        {
            Custodians = [new CustodianBody(Carl, "Carl Obi", "carl@example.nhs.uk"), new CustodianBody("CARL", "Carl Obi", "carl@example.nhs.uk")],
        }, "custodians[1].userId");

    [Fact]
    public void GivenAUserIdWithSpaces_WhenValidated_ThenItIsNamed() =>
        AssertOnlyError(Body() with { Sponsor = new PersonBody("sam patel", "Sam Patel", "sam@example.nhs.uk") }, "sponsor.userId");

    [Fact]
    public void GivenTheRequesterAsSponsorInAnotherCase_WhenValidated_ThenSponsorIsNamed() =>
        AssertOnlyError(Body() with { Sponsor = new PersonBody("Rita", "Rita Shah", "rita@example.nhs.uk") }, "sponsor");

    [Fact]
    public void GivenTheRequesterAsSponsor_WhenValidated_ThenSponsorIsNamed() =>
        AssertOnlyError(Body() with { Sponsor = new PersonBody(Rita, "Rita Shah", "rita@example.nhs.uk") }, "sponsor");

    [Fact]
    public void GivenTheSponsorAsACustodian_WhenValidated_ThenThatCustodianIsNamed() =>
        AssertOnlyError(Body() with
        {
            Custodians = [new CustodianBody(Sam, "Sam Patel", "sam@example.nhs.uk"), new CustodianBody(Dina, "Dina Roy", "dina@example.nhs.uk")],
        }, "custodians[0].userId");

    [Fact]
    public void GivenTheRequesterAsACustodian_WhenValidated_ThenAccepted() =>
        Assert.Empty(ErrorsOf(Body() with
        {
            Custodians = [new CustodianBody(Rita, "Rita Shah", "rita@example.nhs.uk"), new CustodianBody(Dina, "Dina Roy", "dina@example.nhs.uk")],
        }));

    [Fact]
    public void GivenAMalformedEmail_WhenValidated_ThenTheEmailIsNamed() =>
        AssertOnlyError(Body() with { Sponsor = new PersonBody(Sam, "Sam Patel", "not an email") }, "sponsor.email");

    [Fact]
    public void GivenAMissingSponsor_WhenValidated_ThenSponsorIsNamed() =>
        AssertOnlyError(Body() with { Sponsor = null }, "sponsor");

    [Theory]
    [InlineData("attestations.readSocialMediaPolicy")]
    [InlineData("attestations.readEmailAndInternetPolicy")]
    [InlineData("attestations.disclaimerWillBeDisplayed")]
    public void GivenAFalseAttestation_WhenValidated_ThenItIsNamed(string field) => AssertOnlyError(Body() with
    {
        Attestations = new AttestationsBody(
            field != "attestations.readSocialMediaPolicy",
            field != "attestations.readEmailAndInternetPolicy",
            field == "attestations.disclaimerWillBeDisplayed" ? null : true),
    }, field);

    [Fact]
    public void GivenNoScreening_WhenValidated_ThenDpiaScreeningIsNamed() =>
        AssertOnlyError(Body() with { DpiaScreening = null }, "dpiaScreening");

    [Fact]
    public void GivenAnUnansweredScreeningQuestion_WhenValidated_ThenThatQuestionIsNamed() =>
        AssertOnlyError(Body() with { DpiaScreening = NoScreeningYes with { NewPurpose = null } }, "dpiaScreening.newPurpose");

    [Theory]
    [InlineData("WhatsApp")] [InlineData("Teams")]
    public void GivenAMessagingPlatformWithoutTheChecklist_WhenValidated_ThenTheChecklistIsNamed(string platform) =>
        AssertOnlyError(Body(platform), "messagingChecklist");

    [Fact]
    public void GivenAMessagingPlatformWithTheChecklist_WhenValidated_ThenItIsKept()
    {
        var c = Case(Body("WhatsApp") with { MessagingChecklist = Checklist });
        Assert.Equal(ReviewCadence.Monthly, c.MessagingChecklist!.MembershipReviewCadence);
        Assert.Equal("Deleted after 30 days.", c.MessagingChecklist.MessageRetention);
    }

    [Fact]
    public void GivenANonMessagingPlatformWithTheChecklist_WhenValidated_ThenTheChecklistIsRefused() =>
        AssertOnlyError(Body("Instagram") with { MessagingChecklist = Checklist }, "messagingChecklist");

    [Theory]
    [InlineData("encryption")] [InlineData("endUserVerification")] [InlineData("passcodeProtection")] [InlineData("remoteWipe")]
    [InlineData("messageRetention")] [InlineData("membershipReviewCadence")]
    public void GivenAChecklistItemNotAddressed_WhenValidated_ThenThatItemIsNamed(string item) =>
        AssertOnlyError(Body("Teams") with
        {
            MessagingChecklist = item switch
            {
                "encryption" => Checklist with { Encryption = false },
                "endUserVerification" => Checklist with { EndUserVerification = null },
                "passcodeProtection" => Checklist with { PasscodeProtection = false },
                "remoteWipe" => Checklist with { RemoteWipe = false },
                "messageRetention" => Checklist with { MessageRetention = "" },
                _ => Checklist with { MembershipReviewCadence = "Never" },
            },
        }, "messagingChecklist." + item);

    [Fact]
    public void GivenExplicitRoles_WhenValidated_ThenThePrimaryComesFirst()
    {
        var c = Case(Body() with
        {
            Custodians = [new CustodianBody(Carl, "Carl Obi", "carl@example.nhs.uk", "Deputy"), new CustodianBody(Dina, "Dina Roy", "dina@example.nhs.uk", "Primary")],
        });
        Assert.Equal([Dina, Carl], c.Custodians.Select(x => x.UserId));
        Assert.Equal(CustodianRole.Primary, c.Custodians[0].Role);
    }

    [Fact]
    public void GivenTwoPrimaries_WhenValidated_ThenCustodiansIsNamed() =>
        AssertOnlyError(Body() with
        {
            Custodians = [new CustodianBody(Carl, "Carl Obi", "carl@example.nhs.uk", "Primary"), new CustodianBody(Dina, "Dina Roy", "dina@example.nhs.uk", "Primary")],
        }, "custodians");

    [Fact]
    public void GivenManyErrors_WhenValidated_ThenEveryFieldIsNamedAndNoValueIsEchoed()
    {
        var errors = ErrorsOf(Body("Pager") with { Team = null, Sponsor = new PersonBody(Rita, "Rita Shah", "secret-value") });
        Assert.Contains("team", errors.Keys);
        Assert.Contains("platform", errors.Keys);
        Assert.Contains("sponsor", errors.Keys);
        Assert.Contains("sponsor.email", errors.Keys);
        Assert.DoesNotContain(errors.Values.SelectMany(m => m), m => m.Contains("secret-value") || m.Contains("Pager"));
    }
}
