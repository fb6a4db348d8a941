using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Reviews;
using AccountGov.Custody.Api.Reviews.Completing;
using AccountGov.Custody.Api.Reviews.Confirming;
using AccountGov.Custody.UnitTests.Accounts;
using AccountGov.ServiceDefaults.Errors;
using static AccountGov.Custody.UnitTests.Reviews.GivenReview;

namespace AccountGov.Custody.UnitTests.Reviews;

public class CompleteReviewTests
{
    private static readonly TimeSpan Year = TimeSpan.FromDays(365);
    private static readonly DateTimeOffset Now = Approved.Now.AddDays(2);

    private static IReadOnlyList<AccountGov.EventSourcing.Writing.StreamAppend> Complete(Review review, Account account, ReviewAnswers answers) =>
        CompleteReview.Decide(review, account, Given.Carl, answers, Year, Today.AddDays(2), Now);

    [Fact]
    public void GivenEveryCustodianConfirmedAndAFreshCredential_WhenConfirmed_ThenItClosesAndTheNextIsScheduled()
    {
        var account = Given.Registered().WithCredential();
        var review = AccountReview(account).ConfirmedBy("carl", "dina");

        var appends = Complete(review, account, AllYes());

        var completed = Assert.IsType<ReviewCompleted>(Assert.Single(appends[0].Events));
        Assert.Equal((ReviewOutcome.Confirmed, true), (completed.Outcome, completed.Checks.CredentialRotatedInPeriod));
        Assert.Equal(2, Assert.IsType<ReviewScheduled>(Assert.Single(appends[1].Events)).Sequence);
        Assert.Equal(2, appends.Count);
    }

    [Fact]
    public void GivenACustodianWhoHasNotConfirmed_WhenConfirmed_ThenRefused()
    {
        var account = Given.Registered().WithCredential();
        var review = AccountReview(account).ConfirmedBy("carl");

        Assert.Contains("Every active custodian", Assert.Throws<RuleViolation>(() => Complete(review, account, AllYes())).Message);
    }

    [Fact]
    public void GivenNoCredentialStoredWithinThePeriod_WhenConfirmed_ThenRefusedButChangesNeededIsRecorded()
    {
        var account = Given.Registered();
        var review = AccountReview(account).ConfirmedBy("carl", "dina");

        Assert.Contains("rotation period", Assert.Throws<RuleViolation>(() => Complete(review, account, AllYes())).Message);
        var changes = Complete(review, account, AllYes(ReviewOutcome.ChangesNeeded, "Rotate the password"));

        Assert.Equal(ReviewStatus.ChangesNeeded, review.Then(Assert.Single(Assert.Single(changes).Events)).Status);
    }

    [Fact]
    public void GivenChangesNeededWithoutTasks_WhenRecorded_ThenRefused()
    {
        var account = Given.Registered();
        Assert.Throws<RuleViolation>(() => Complete(AccountReview(account), account, AllYes(ReviewOutcome.ChangesNeeded)));
    }

    [Fact]
    public void GivenAnAccountNoLongerNeeded_WhenDecommissionIsRecorded_ThenTheAccountIsSuspendedAndItsDecommissioningStarts()
    {
        var account = Given.Registered();
        var review = AccountReview(account);

        var sam = new AccountGov.ServiceDefaults.Auth.CurrentUser(account.Sponsor.UserId, account.Sponsor.Name, new HashSet<string> { "SeniorManager" });
        var appends = CompleteReview.Decide(review, account, sam, AllYes(ReviewOutcome.Decommission) with { StillNeeded = false }, Year, Today.AddDays(2), Now);

        var onAccount = Assert.Single(appends, a => a.StreamId == account.Id);
        Assert.Equal([typeof(AccountSuspended), typeof(DecommissioningStarted)], onAccount.Events.Select(e => e.GetType()));
        Assert.Equal(account.Version, onAccount.ExpectedVersion);
    }

    [Fact]
    public void GivenACustodian_WhenTheyRecordDecommission_ThenDeniedForTheSponsorDecides()
    {
        var account = Given.Registered();
        var denied = Assert.Throws<AccessDenied>(() => Complete(AccountReview(account), account, AllYes(ReviewOutcome.Decommission) with { StillNeeded = false }));
        Assert.Contains("sponsor", denied.Message);
    }

    [Fact]
    public void GivenSomeoneNeitherCustodianNorSponsor_WhenTheyRecordAReview_ThenDenied()
    {
        var account = Given.Registered().WithCredential();
        Assert.Throws<AccessDenied>(() =>
            CompleteReview.Decide(AccountReview(account), account, Given.Beth, AllYes(), Year, Today, Now));
    }

    [Fact]
    public void GivenACustodianOnLeave_WhenTheOthersConfirm_ThenTheReviewNeedsOnlyTheActiveOnes()
    {
        var account = Given.Registered().WithCredential().WithStatus("dina", CustodianStatus.OnLeave);
        var review = AccountReview(account).ConfirmedBy("carl");

        Assert.Empty(CompleteReview.Unconfirmed(review, account));
        Assert.Throws<AccessDenied>(() => ConfirmCustodian.Decide(review, account, "dina", Now));
    }

    [Fact]
    public void GivenACustodianWhoAlreadyConfirmed_WhenTheyConfirmAgain_ThenNothingIsRecorded()
    {
        var account = Given.Registered();
        Assert.Empty(ConfirmCustodian.Decide(AccountReview(account).ConfirmedBy("carl"), account, "carl", Now));
    }

    [Fact]
    public void GivenAConfirmedReview_WhenRecordedAgain_ThenRefused()
    {
        var account = Given.Registered().WithCredential();
        var review = AccountReview(account).ConfirmedBy("carl", "dina");
        var done = review.Then(Assert.Single(Complete(review, account, AllYes())[0].Events));

        Assert.Throws<RuleViolation>(() => Complete(done, account, AllYes()));
    }
}
