using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.ServiceDefaults.Auth;

namespace AccountGov.AccountRequests.Api.Requests.Policies;

/// <summary>The version and review date of one policy text a request is checked against or attests to.</summary>
public sealed record PolicyVersion(string Key, string Reference, string Version, DateOnly ReviewBy);

/// <summary>
/// The policy texts requests are checked against, each with the version and review date printed on its cover
/// (../shared/policies). Every submission and revision records those it used, so a request can always say which text
/// it was screened and attested under. CO23 §7.2: no policy runs more than three years without review, so
/// <c>GET /requests/policies</c> says which are past their review date and BD can see it. A reviewed policy is a new
/// entry here; requests recorded under the old one keep it.
/// </summary>
public static class PolicyTexts
{
    public static readonly PolicyVersion Screening = new("screening",
        "BLMK ICB Social Media Policy, Appendix 2 (DPIA screening)", "v1.0", new DateOnly(2023, 9, 1));

    public static readonly PolicyVersion Attestations = new("attestations",
        "Communitas Clinics IG31 Internet and Social Media Use Policy (§5, §8.2)", "1.1", new DateOnly(2022, 9, 1));

    // The cover gives "December 2020": the first of the month, so it is past review from then, not from the 31st.
    public static readonly PolicyVersion MessagingChecklist = new("messaging-checklist",
        "NHS South Tyneside CCG CO23 Social Media and Instant Messaging Policy (§3.4)", "V4", new DateOnly(2020, 12, 1));

    public static IReadOnlyList<PolicyVersion> All { get; } = [Screening, Attestations, MessagingChecklist];

    /// <summary>The texts a business case is checked against: the IM checklist only for a messaging platform.</summary>
    public static IReadOnlyList<PolicyVersion> For(BusinessCase c) =>
        BusinessCase.IsMessaging(c.Platform) ? [Screening, Attestations, MessagingChecklist] : [Screening, Attestations];

    public static PolicyVersionView View(PolicyVersion p, DateOnly today) => new(p.Key, p.Reference, p.Version, p.ReviewBy, today > p.ReviewBy);

    public static void MapGetPolicies(this RouteGroupBuilder group) => group.MapGet("/policies", (TimeProvider clock) =>
            TypedResults.Ok(All.Select(p => View(p, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))).ToArray()))
        .RequireAuthorization()
        .WithSummary("The policy texts requests are checked against, with their versions and whether each is past its review date (CO23 §7.2)");
}
