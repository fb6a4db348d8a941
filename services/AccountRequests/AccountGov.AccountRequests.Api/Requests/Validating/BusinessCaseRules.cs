using AccountGov.AccountRequests.Contracts;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.AccountRequests.Api.Requests.Validating;

/// <summary>Turns a POST/PUT body into a <see cref="BusinessCase"/>, or field errors. Pure: the same body, the same answer.</summary>
public static class BusinessCaseRules
{
    public const int ShortText = 100, LongText = 4000, MaxCustodians = 10;

    public static BusinessCase? Validate(BusinessCaseBody body, string requesterId, FieldErrors errors)
    {
        var team = errors.Text("team", body.Team, ShortText);
        var platform = errors.Enum<Platform>("platform", body.Platform);
        var handle = errors.Text("handle", body.Handle, ShortText);
        if (handle.Any(char.IsWhiteSpace)) errors.Add("handle", "A handle has no spaces.");
        var purpose = errors.Text("purpose", body.Purpose, LongText);
        var audience = errors.Text("audience", body.Audience, LongText);
        var benefits = errors.Text("benefits", body.Benefits, LongText);
        var risks = errors.Text("risks", body.Risks, LongText);
        var monitoringHours = errors.Text("monitoringHours", body.MonitoringHours, 200);

        var sponsor = PersonOf("sponsor", body.Sponsor, errors);
        // IG31 §5: prior approval comes from a Senior Manager or Director, so never from the requester themselves.
        if (sponsor is not null && SamePerson(sponsor.UserId, requesterId))
            errors.Add("sponsor", "You cannot be the sponsor of your own request.");
        var custodians = CustodiansOf(body.Custodians, sponsor, errors);

        var attestations = AttestationsOf(body.Attestations, errors);
        var screening = ScreeningOf(body.DpiaScreening, errors);
        var checklist = ChecklistOf(platform, body.MessagingChecklist, errors);
        var (type, partner) = AccountTypeRules.Of(body.AccountType, body.Partner, errors);

        return errors.Any ? null : new BusinessCase(team, platform, handle, purpose, audience, benefits, risks, monitoringHours,
            sponsor!, custodians, attestations, screening!, checklist, type, partner);
    }

    private static Person? PersonOf(string field, PersonBody? body, FieldErrors errors)
    {
        if (body is null) { errors.Add(field, "This field is required."); return null; }
        var userId = errors.Text($"{field}.userId", body.UserId, ShortText);
        if (userId.Any(char.IsWhiteSpace)) errors.Add($"{field}.userId", "A user id has no spaces.");
        return new Person(userId, errors.Text($"{field}.name", body.Name, 200), errors.Email($"{field}.email", body.Email));
    }

    // Directory ids are matched without regard to case, so "Carl" and "carl" are one person, not two custodians.
    private static bool SamePerson(string a, string b) => a.Length > 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    // At least two so a handover is always possible (IG31 §8.1: credentials pass on leave and on leaving).
    private static IReadOnlyList<Custodian> CustodiansOf(IReadOnlyList<CustodianBody?>? bodies, Person? sponsor, FieldErrors errors)
    {
        if (bodies is null || bodies.Count < 2) { errors.Add("custodians", "Name at least two custodians: a primary and a deputy."); return []; }
        if (bodies.Count > MaxCustodians) { errors.Add("custodians", $"At most {MaxCustodians} custodians."); return []; }

        var explicitRoles = bodies.Any(b => !string.IsNullOrWhiteSpace(b?.Role));
        var custodians = new List<Custodian>();
        for (var i = 0; i < bodies.Count; i++)
        {
            var field = $"custodians[{i}]";
            if (bodies[i] is not { } b) { errors.Add(field, "This field is required."); continue; }
            var person = PersonOf(field, new PersonBody(b.UserId, b.Name, b.Email), errors)!;
            var role = !explicitRoles ? (i == 0 ? CustodianRole.Primary : CustodianRole.Deputy)
                : string.IsNullOrWhiteSpace(b.Role) ? CustodianRole.Deputy : errors.Enum<CustodianRole>($"{field}.role", b.Role);
            if (person.UserId.Length > 0 && custodians.Any(c => SamePerson(c.UserId, person.UserId)))
                errors.Add($"{field}.userId", "The same custodian is named twice.");
            // Separation of duties: the sponsor endorses the request and so cannot hold the account they endorsed.
            if (sponsor is not null && SamePerson(person.UserId, sponsor.UserId))
                errors.Add($"{field}.userId", "The sponsor cannot also be a custodian.");
            custodians.Add(new Custodian(person.UserId, person.Name, person.Email, role));
        }
        if (explicitRoles && custodians.Count(c => c.Role == CustodianRole.Primary) != 1)
            errors.Add("custodians", "Exactly one custodian must be the Primary.");
        return custodians.OrderBy(c => c.Role).ToArray();
    }

    private static Attestations AttestationsOf(AttestationsBody? body, FieldErrors errors)
    {
        if (body is null) { errors.Add("attestations", "This field is required."); return new(false, false, false); }
        // IG31 §5: read this policy and the Email & Internet policy; §8.2: every account displays the disclaimer.
        Require("attestations.readSocialMediaPolicy", body.ReadSocialMediaPolicy, "You must have read the Social Media policy (IG31 §5).");
        Require("attestations.readEmailAndInternetPolicy", body.ReadEmailAndInternetPolicy, "You must have read the Email & Internet policy (IG31 §5).");
        Require("attestations.disclaimerWillBeDisplayed", body.DisclaimerWillBeDisplayed, "Every account must display the disclaimer (IG31 §8.2).");
        return new(true, true, true);

        void Require(string field, bool? value, string message)
        {
            if (value is not true) errors.Add(field, message);
        }
    }

    private static DpiaScreening? ScreeningOf(DpiaScreeningBody? b, FieldErrors errors)
    {
        if (b is null) { errors.Add("dpiaScreening", "Answer the ten screening questions."); return null; }
        const string p = "dpiaScreening.";
        return new DpiaScreening(
            errors.Bool(p + "personalData", b.PersonalData), errors.Bool(p + "sensitiveData", b.SensitiveData),
            errors.Bool(p + "uniqueIdentifiers", b.UniqueIdentifiers), errors.Bool(p + "pseudonymisedData", b.PseudonymisedData),
            errors.Bool(p + "newAccessToInformation", b.NewAccessToInformation), errors.Bool(p + "newPurpose", b.NewPurpose),
            errors.Bool(p + "privacyIntrusiveTechnology", b.PrivacyIntrusiveTechnology),
            errors.Bool(p + "significantAutomatedDecisions", b.SignificantAutomatedDecisions),
            errors.Bool(p + "additionalInformationCollected", b.AdditionalInformationCollected),
            errors.Bool(p + "intrusiveContact", b.IntrusiveContact));
    }

    // CO23 §3.4: an IM group must address encryption, end-user verification, passcode protection, remote wipe and
    // message retention, and its admin reviews the membership regularly. Other platforms have no such checklist.
    private static MessagingChecklist? ChecklistOf(Platform platform, MessagingChecklistBody? b, FieldErrors errors)
    {
        const string f = "messagingChecklist";
        if (!BusinessCase.IsMessaging(platform))
        {
            if (b is not null) errors.Add(f, "Only WhatsApp and Teams requests carry the messaging checklist.");
            return null;
        }
        if (b is null) { errors.Add(f, "WhatsApp and Teams requests need the CO23 §3.4 security checklist."); return null; }
        Require(f + ".encryption", b.Encryption, "Messages must be end-to-end encrypted.");
        Require(f + ".endUserVerification", b.EndUserVerification, "End users must be verified.");
        Require(f + ".passcodeProtection", b.PasscodeProtection, "Devices must be passcode protected.");
        Require(f + ".remoteWipe", b.RemoteWipe, "Remote wipe must be enabled.");
        return new MessagingChecklist(true, true, true, true,
            errors.Text(f + ".messageRetention", b.MessageRetention, 1000),
            errors.Enum<ReviewCadence>(f + ".membershipReviewCadence", b.MembershipReviewCadence));

        void Require(string field, bool? value, string message)
        {
            if (value is not true) errors.Add(field, message + " (CO23 §3.4)");
        }
    }
}
