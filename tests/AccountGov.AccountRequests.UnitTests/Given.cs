using AccountGov.AccountRequests.Api.Requests;
using AccountGov.AccountRequests.Api.Requests.Screening;
using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.AccountRequests.UnitTests;

/// <summary>Valid bodies and states to vary one thing at a time. Personas only.</summary>
public static class Given
{
    public const string Rita = "rita", Sam = "sam", Carl = "carl", Dina = "dina";
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly DpiaScreeningBody NoScreeningYes = new(false, false, false, false, false, false, false, false, false, false);

    public static BusinessCaseBody Body(string platform = "Instagram") => new(
        "Paediatric Physiotherapy", platform, "@stpaedsphysio",
        "Share exercise videos.", "Parents and carers.", "Better adherence.", "Clinical details in comments.", "Mon-Fri 08:00-17:00",
        new PersonBody(Sam, "Sam Patel", "sam@example.nhs.uk"),
        [new CustodianBody(Carl, "Carl Obi", "carl@example.nhs.uk"), new CustodianBody(Dina, "Dina Roy", "dina@example.nhs.uk")],
        new AttestationsBody(true, true, true), NoScreeningYes);

    public static MessagingChecklistBody Checklist => new(true, true, true, true, "Deleted after 30 days.", "Monthly");

    public static BusinessCase Case(BusinessCaseBody? body = null)
    {
        var errors = new FieldErrors();
        return BusinessCaseRules.Validate(body ?? Body(), Rita, errors)
               ?? throw new InvalidOperationException(string.Join(", ", errors.ToDictionary().Keys));
    }

    public static readonly FullDpia Dpia = new("Posts and replies.", "Needed to reach families.",
        [new DpiaRisk("Clinical detail in comments.", Likelihood.Possible, Severity.Significant, "Daily moderation.")], ResidualRisk.Low);

    public static AccountRequest Submitted(bool dpiaRequired = false)
    {
        var c = Case();
        if (dpiaRequired) c = c with { DpiaScreening = c.DpiaScreening with { PersonalData = true } };
        return AccountRequest.Create(new RequestSubmitted(Guid.NewGuid(), new Person(Rita, "Rita Shah", "rita@example.nhs.uk"),
            c, dpiaRequired, ScreeningPolicy.Current.Reference, Now));
    }

    public static AccountRequest InStatus(RequestStatus status, bool dpiaRequired = false)
    {
        var r = Submitted(dpiaRequired);
        return status switch
        {
            RequestStatus.Submitted => r,
            RequestStatus.ChangesRequested => r.Apply(new ChangesRequested(r.Id, "beth", "More detail.", Now)),
            RequestStatus.Approved => r.Apply(new RequestApproved(r.Id, "beth", [], Now)),
            RequestStatus.Rejected => r.Apply(new RequestRejected(r.Id, "BusinessDevelopmentDecision", "beth", "No.", Now)),
            RequestStatus.Withdrawn => r.Apply(new RequestWithdrawn(r.Id, Rita, null, Now)),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
    }
}
