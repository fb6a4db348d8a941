using AccountGov.AccountRequests.Contracts.Http;

namespace AccountGov.Portal.Pages.Requests;

public sealed class PersonInput
{
    public string? UserId { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(UserId) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Email);
}

public sealed class AttestationsInput
{
    public bool ReadSocialMediaPolicy { get; set; }
    public bool ReadEmailAndInternetPolicy { get; set; }
    public bool DisclaimerWillBeDisplayed { get; set; }
}

/// <summary>The ten screening answers; null until answered.</summary>
public sealed class ScreeningInput
{
    public bool? PersonalData { get; set; }
    public bool? SensitiveData { get; set; }
    public bool? UniqueIdentifiers { get; set; }
    public bool? PseudonymisedData { get; set; }
    public bool? NewAccessToInformation { get; set; }
    public bool? NewPurpose { get; set; }
    public bool? PrivacyIntrusiveTechnology { get; set; }
    public bool? SignificantAutomatedDecisions { get; set; }
    public bool? AdditionalInformationCollected { get; set; }
    public bool? IntrusiveContact { get; set; }
}

public sealed class ChecklistInput
{
    public bool Encryption { get; set; }
    public bool EndUserVerification { get; set; }
    public bool PasscodeProtection { get; set; }
    public bool RemoteWipe { get; set; }
    public string? MessageRetention { get; set; }
    public string? MembershipReviewCadence { get; set; }
}

/// <summary>
/// The business case as the form holds it. Field names follow the API's JSON paths, so a ProblemDetails error such
/// as <c>custodians[1].email</c> lands on <c>Input.Custodians[1].Email</c>. Custodians: a primary, a deputy and
/// room for a second deputy.
/// </summary>
public sealed class BusinessCaseInput
{
    public static readonly string[] Platforms = ["X", "Facebook", "Instagram", "LinkedIn", "YouTube", "TikTok", "Blog", "WhatsApp", "Teams", "Other"];

    public string? Team { get; set; }
    public string? Platform { get; set; }
    public string? Handle { get; set; }
    public string? Purpose { get; set; }
    public string? Audience { get; set; }
    public string? Benefits { get; set; }
    public string? Risks { get; set; }
    public string? MonitoringHours { get; set; }
    public PersonInput Sponsor { get; set; } = new();
    public List<PersonInput> Custodians { get; set; } = [new(), new(), new()];
    public AttestationsInput Attestations { get; set; } = new();
    public ScreeningInput DpiaScreening { get; set; } = new();
    public ChecklistInput MessagingChecklist { get; set; } = new();

    /// <summary>CO23 §3.4: the instant-messaging checklist applies to WhatsApp and Teams only.</summary>
    public bool IsMessaging => Platform is "WhatsApp" or "Teams";

    public BusinessCaseBody ToBody()
    {
        while (Custodians.Count < 2) Custodians.Add(new PersonInput());
        // The primary and deputy always go (so the API names what is missing); a further one only when filled in.
        var custodians = Custodians.Where((c, i) => i < 2 || !c.IsEmpty)
            .Select(c => (CustodianBody?)new CustodianBody(c.UserId?.Trim(), c.Name?.Trim(), c.Email?.Trim())).ToList();
        var s = DpiaScreening;
        var m = MessagingChecklist;
        return new BusinessCaseBody(Team, Platform, Handle, Purpose, Audience, Benefits, Risks, MonitoringHours,
            new PersonBody(Sponsor.UserId?.Trim(), Sponsor.Name?.Trim(), Sponsor.Email?.Trim()), custodians,
            new AttestationsBody(Attestations.ReadSocialMediaPolicy, Attestations.ReadEmailAndInternetPolicy, Attestations.DisclaimerWillBeDisplayed),
            new DpiaScreeningBody(s.PersonalData, s.SensitiveData, s.UniqueIdentifiers, s.PseudonymisedData, s.NewAccessToInformation,
                s.NewPurpose, s.PrivacyIntrusiveTechnology, s.SignificantAutomatedDecisions, s.AdditionalInformationCollected, s.IntrusiveContact),
            IsMessaging ? new MessagingChecklistBody(m.Encryption, m.EndUserVerification, m.PasscodeProtection, m.RemoteWipe,
                m.MessageRetention, m.MembershipReviewCadence) : null);
    }

    public static BusinessCaseInput From(RequestDetails r)
    {
        var custodians = r.Custodians.OrderBy(c => c.Role).Select(c => new PersonInput { UserId = c.UserId, Name = c.Name, Email = c.Email }).ToList();
        while (custodians.Count < 3) custodians.Add(new PersonInput());
        var s = r.DpiaScreening;
        var m = r.MessagingChecklist;
        return new BusinessCaseInput
        {
            Team = r.Team, Platform = r.Platform, Handle = r.Handle, Purpose = r.Purpose, Audience = r.Audience,
            Benefits = r.Benefits, Risks = r.Risks, MonitoringHours = r.MonitoringHours,
            Sponsor = new PersonInput { UserId = r.Sponsor.UserId, Name = r.Sponsor.Name, Email = r.Sponsor.Email },
            Custodians = custodians,
            Attestations = new AttestationsInput
            {
                ReadSocialMediaPolicy = r.Attestations.ReadSocialMediaPolicy,
                ReadEmailAndInternetPolicy = r.Attestations.ReadEmailAndInternetPolicy,
                DisclaimerWillBeDisplayed = r.Attestations.DisclaimerWillBeDisplayed,
            },
            DpiaScreening = new ScreeningInput
            {
                PersonalData = s.PersonalData, SensitiveData = s.SensitiveData, UniqueIdentifiers = s.UniqueIdentifiers,
                PseudonymisedData = s.PseudonymisedData, NewAccessToInformation = s.NewAccessToInformation, NewPurpose = s.NewPurpose,
                PrivacyIntrusiveTechnology = s.PrivacyIntrusiveTechnology, SignificantAutomatedDecisions = s.SignificantAutomatedDecisions,
                AdditionalInformationCollected = s.AdditionalInformationCollected, IntrusiveContact = s.IntrusiveContact,
            },
            MessagingChecklist = m is null ? new ChecklistInput() : new ChecklistInput
            {
                Encryption = m.Encryption, EndUserVerification = m.EndUserVerification, PasscodeProtection = m.PasscodeProtection,
                RemoteWipe = m.RemoteWipe, MessageRetention = m.MessageRetention, MembershipReviewCadence = m.MembershipReviewCadence,
            },
        };
    }
}
