using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.AttachingDpia;
using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Deciding;
using AccountGov.Approvals.Api.Cases.Endorsing;
using AccountGov.Approvals.Api.Cases.Opening;
using AccountGov.Approvals.Api.Cases.ReviewingDpia;
using AccountGov.Approvals.Api.Cases.Routing;
using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Approvals.UnitTests;

/// <summary>Cases in known states, built by the same deciders and Apply methods the service uses.</summary>
public static class Given
{
    // England and Wales, Christmas 2026: Fri 25 Dec and Mon 28 Dec (Boxing Day substitute) are bank holidays.
    public static readonly BusinessCalendar Calendar = new([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28)]);
    public static readonly DeadlinePolicy Deadlines = DeadlinePolicy.From(Calendar, new ApprovalsOptions());
    public static readonly RoutingPolicy Policy = RoutingPolicy.Default;

    /// <summary>Monday 23 November 2026, 10:00 in London (GMT).</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static readonly Guid RequestId = Guid.Parse("0199a1b2-0000-7000-8000-000000000001");

    public static readonly CurrentUser Rita = new("rita", "Rita Shah", new HashSet<string> { Roles.Staff });
    public static readonly CurrentUser Sam = new("sam", "Sam Patel", new HashSet<string> { Roles.Staff, Roles.SeniorManager });
    public static readonly CurrentUser Ivy = new("ivy", "Ivy Green", new HashSet<string> { Roles.InformationGovernance });
    public static readonly CurrentUser Beth = new("beth", "Beth Davies", new HashSet<string> { Roles.BusinessDevelopment });

    public static RequestSubmitted Submitted(bool dpiaRequired = false, DateTimeOffset? at = null) => new(
        RequestId, 1, "Paediatric Physiotherapy", "Instagram", "@stpaedsphysio",
        new StaffRef("rita", "Rita Shah"), new StaffRef("sam", "Sam Patel"),
        [new CustodianRef("carl", "Carl Obi", CustodianRole.Primary), new CustodianRef("dina", "Dina Roy", CustodianRole.Deputy)],
        dpiaRequired, at ?? Monday);

    public static RequestRevised Revised(int revision, bool contentChanged, bool dpiaRequired = false) => new(
        RequestId, revision, "Paediatric Physiotherapy", "Instagram", "@stpaedsphysio2",
        new StaffRef("rita", "Rita Shah"), new StaffRef("sam", "Sam Patel"),
        [new CustodianRef("carl", "Carl Obi", CustodianRole.Primary), new CustodianRef("dina", "Dina Roy", CustodianRole.Deputy)],
        dpiaRequired, contentChanged, Monday);

    public static Case Open(bool dpiaRequired = false, DateTimeOffset? at = null) =>
        Fold(null, OpenCase.Decide(null, Submitted(dpiaRequired, at), at ?? Monday, Policy, Deadlines))!;

    public static Case Endorsed(bool dpiaRequired = false) =>
        Fold(Open(dpiaRequired), EndorseRequest.Decide(Open(dpiaRequired), new EndorsementBody(true, null), Sam, Monday.AddHours(1), Deadlines))!;

    public static Case DpiaAttached(Case c, DateTimeOffset? at = null) =>
        Fold(c, AttachDpia.Decide(c, new AccountRequests.Contracts.DpiaAttached(RequestId, c.Request.Revision, "rita", at ?? Monday), at ?? Monday, Deadlines))!;

    public static Case DpiaAccepted()
    {
        var c = DpiaAttached(Endorsed(dpiaRequired: true));
        return Fold(c, ReviewDpia.Decide(c, DpiaReviewOutcome.Accepted, null, Ivy, Monday.AddHours(2), Deadlines))!;
    }

    public static Case Decided(Case c, DecisionOutcome outcome, string? comment = "Because.") =>
        Fold(c, DecideRequest.Decide(c, outcome, outcome == DecisionOutcome.Approved ? null : comment, [], Beth, Monday.AddHours(3)))!;

    /// <summary>Applies events exactly as Marten's snapshot does, through the public Create/Apply methods.</summary>
    public static Case? Fold(Case? state, IEnumerable<object> events)
    {
        foreach (var e in events)
            state = e is CaseOpened opened
                ? Case.Create(opened)
                : (Case)typeof(Case).GetMethod(nameof(Case.Apply), [e.GetType()])!.Invoke(state, [e])!;
        return state;
    }
}
