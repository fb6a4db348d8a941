using AccountGov.Approvals.Contracts;

namespace AccountGov.Portal.Pages.Cases;

/// <summary>
/// The replacement sponsor named on the request page (the requester) or the case page (BD), while the endorsement is
/// pending (IG31 §5). The service checks the separation of duties; its field errors land on these fields.
/// </summary>
public sealed class SponsorInput
{
    public string? UserId { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }

    public SponsorBody ToBody() => new(UserId, Name, Email);

    /// <summary>The API's field names → this form's, for the error summary.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["userId"] = "Sponsor.UserId", ["name"] = "Sponsor.Name", ["email"] = "Sponsor.Email",
    };

    public static bool CanReplace(CaseDetails? c, string userId, bool isBd) =>
        c is { Status: CaseStatus.Open, CurrentStage: StageName.SponsorEndorsement } && (c.Requester.UserId == userId || isBd);
}
