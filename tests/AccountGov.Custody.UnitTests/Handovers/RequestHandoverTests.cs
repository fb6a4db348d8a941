using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Handovers.Requesting;
using AccountGov.Custody.Api.Hr;
using AccountGov.Custody.UnitTests.Accounts;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Custody.UnitTests.Handovers;

public class RequestHandoverTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly CurrentUser Sam = new("sam", "Sam Patel", new HashSet<string> { Roles.SeniorManager });
    private static readonly CurrentUser OtherManager = new("olu", "Olu Ade", new HashSet<string> { Roles.SeniorManager });

    private static HandoverOpened Open(Account account, string from, CurrentUser user, IReadOnlyList<Handover>? live = null, int earlier = 0) =>
        RequestHandover.Open(account, 3, from, live ?? [], earlier, user, Today, Approved.Now, BusinessCalendar.WeekdaysOnly);

    [Fact]
    public void GivenBd_WhenAHandoverIsRequestedFromTheDeputy_ThenItIsPermanent_OnRequest_ToThePrimary_DueInFiveBusinessDays()
    {
        var account = Given.Registered().WithCredential();
        var opened = Open(account, "dina", Given.Beth);

        var events = RequestHandover.Decide(opened, CustodyAccounts.ToView(account), new Dictionary<string, StaffMember>(), Today);

        var start = Assert.IsType<HandoverOpened>(Assert.Single(events));
        Assert.Equal((HandoverKind.Permanent, HandoverReason.Request, "carl", new DateOnly(2026, 3, 9)), (start.Kind, start.Reason, start.ToUserId, start.DueBy));
        Assert.Equal(account.Credential!.VersionId, start.CredentialVersionAtOpen);
    }

    [Fact]
    public void GivenTheSponsor_WhenNoOtherCustodianIsActive_ThenTheRequestIsEscalatedAtOnce()
    {
        var account = Given.Registered().WithStatus("dina", CustodianStatus.OnLeave);
        var events = RequestHandover.Decide(Open(account, "carl", Sam), CustodyAccounts.ToView(account), new Dictionary<string, StaffMember>(), Today);

        Assert.Null(((HandoverOpened)events[0]).ToUserId);
        Assert.Equal(EscalationReason.NoEligibleReceiver, Assert.IsType<HandoverEscalated>(events[1]).Reason);
    }

    [Fact]
    public void GivenAWrongRequest_WhenOpened_ThenItIsRefusedInWords()
    {
        var account = Given.Registered();
        Assert.Throws<AccessDenied>(() => Open(account, "carl", OtherManager));
        Assert.Throws<AccessDenied>(() => Open(account, "carl", Given.Carl));
        Assert.Contains("not a custodian", Assert.Throws<RuleViolation>(() => Open(account, "bob", Given.Beth)).Message);
        var live = Handover.Start(Open(account, "carl", Given.Beth));
        Assert.Contains("already under way", Assert.Throws<RuleViolation>(() => Open(account, "carl", Given.Beth, [live])).Message);
        var suspended = account.Then(new AccountSuspended(account.Id, "beth", "why", Approved.Now));
        Assert.Throws<RuleViolation>(() => Open(suspended, "carl", Given.Beth));
    }

    [Fact]
    public void GivenAnEarlierRequest_WhenAnotherIsOpened_ThenItHasItsOwnStream_AndTwoAtOnceShareOne()
    {
        var account = Given.Registered();
        Assert.Equal(Open(account, "carl", Given.Beth).HandoverId, Open(account, "carl", Sam).HandoverId);
        Assert.NotEqual(Open(account, "carl", Given.Beth).HandoverId, Open(account, "carl", Given.Beth, earlier: 1).HandoverId);
    }
}
