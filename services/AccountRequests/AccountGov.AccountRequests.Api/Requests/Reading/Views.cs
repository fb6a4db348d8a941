using AccountGov.AccountRequests.Contracts.Http;
using JasperFx.Events;

namespace AccountGov.AccountRequests.Api.Requests.Reading;

/// <summary>Domain → response shapes, and the readable history of a stream.</summary>
public static class Views
{
    public static PersonView Of(Person p) => new(p.UserId, p.Name, p.Email);

    public static CustodianView Of(Custodian c) => new(c.UserId, c.Name, c.Email, c.Role);

    public static AttestationsView Of(Attestations a) => new(a.ReadSocialMediaPolicy, a.ReadEmailAndInternetPolicy, a.DisclaimerWillBeDisplayed);

    public static DpiaScreeningView Of(DpiaScreening s) => new(s.PersonalData, s.SensitiveData, s.UniqueIdentifiers,
        s.PseudonymisedData, s.NewAccessToInformation, s.NewPurpose, s.PrivacyIntrusiveTechnology,
        s.SignificantAutomatedDecisions, s.AdditionalInformationCollected, s.IntrusiveContact);

    public static MessagingChecklistView? Of(MessagingChecklist? m) => m is null ? null
        : new(m.Encryption, m.EndUserVerification, m.PasscodeProtection, m.RemoteWipe, m.MessageRetention, m.MembershipReviewCadence.ToString());

    public static DpiaView? DpiaOf(AccountRequest r) => r.Dpia is not { } d ? null
        : new(d.DescriptionOfProcessing, d.NecessityAndProportionality,
            d.Risks.Select(x => new DpiaRiskView(x.Description, x.Likelihood.ToString(), x.Severity.ToString(), x.Mitigation)).ToArray(),
            d.ResidualRisk.ToString(), r.DpiaForRevision!.Value, r.DpiaAttachedBy!, r.DpiaAttachedAt!.Value);

    public static RequestSummary Summary(AccountRequest r) => new(r.Id, r.Status, r.Team, r.Case.Platform.ToString(), r.Handle,
        r.RequesterId, r.DpiaRequired, r.Dpia is not null, r.Revision, r.SubmittedAt, r.LastChangedAt);

    public static HistoryEntry? History(IEvent e) => e.Data switch
    {
        RequestSubmitted x => new("Submitted", e.Timestamp, x.Requester.UserId, 1),
        RequestRevised x => new("Revised", e.Timestamp, x.Requester.UserId, x.Revision),
        DpiaAttached x => new("DpiaAttached", e.Timestamp, x.AttachedBy, x.Revision),
        RequestWithdrawn x => new("Withdrawn", e.Timestamp, x.WithdrawnBy, Comment: x.Reason),
        ChangesRequested x => new("ChangesRequested", e.Timestamp, x.RequestedBy, Comment: x.Comment),
        RequestApproved x => new("Approved", e.Timestamp, x.ApprovedBy,
            Comment: x.Conditions.Count == 0 ? null : "Conditions: " + string.Join("; ", x.Conditions)),
        RequestRejected x => new("Rejected", e.Timestamp, x.RejectedBy, Comment: $"{x.Stage}: {x.Reason}"),
        SponsorReplaced x => new("SponsorReplaced", e.Timestamp, x.ReplacedBy, Comment: $"New sponsor: {x.Sponsor.Name}"),
        _ => null,
    };
}
