using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Portal.Services;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Requests;

public sealed class RiskInput
{
    public string? Description { get; set; }
    public string? Likelihood { get; set; }
    public string? Severity { get; set; }
    public string? Mitigation { get; set; }

    public bool IsEmpty => new[] { Description, Likelihood, Severity, Mitigation }.All(string.IsNullOrWhiteSpace);
}

public sealed class DpiaInput
{
    public string? DescriptionOfProcessing { get; set; }
    public string? NecessityAndProportionality { get; set; }
    public List<RiskInput> Risks { get; set; } = [new(), new(), new()];
    public string? ResidualRisk { get; set; }

    public DpiaBody ToBody() => new(DescriptionOfProcessing, NecessityAndProportionality,
        Risks.Where((r, i) => i == 0 || !r.IsEmpty).Select(r => (DpiaRiskBody?)new DpiaRiskBody(r.Description, r.Likelihood, r.Severity, r.Mitigation)).ToList(),
        ResidualRisk);
}

/// <summary>The full (Stage 2) DPIA, as in the ICO template: the processing, why it is necessary, and each risk scored.</summary>
public sealed class DpiaModel(IAccountRequestsApi requests) : PortalPage
{
    public static readonly string[] Likelihoods = ["Remote", "Possible", "Probable"];
    public static readonly string[] Severities = ["Minimal", "Significant", "Severe"];
    public static readonly string[] ResidualRisks = ["Low", "Medium", "High"];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public DpiaInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        while (Input.Risks.Count < 3) Input.Risks.Add(new RiskInput());
        try
        {
            var response = await requests.AttachDpia(Id, Input.ToBody(), ct);
            if (response.IsSuccessStatusCode) return Redirect($"/requests/{Id}");
            if (ServiceCall.IsUnavailable(response)) Unavailable.Add(ServiceNames.AccountRequests);
            else AddProblem(Problem.From(response.ErrorContent()), "Input.", new Dictionary<string, string> { ["risks"] = "risks[0].description" });
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.AccountRequests);
        }
        return Page();
    }
}
