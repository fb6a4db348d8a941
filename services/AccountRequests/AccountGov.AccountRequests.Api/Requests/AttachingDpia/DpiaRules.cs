using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.AccountRequests.Api.Requests.AttachingDpia;

/// <summary>The Stage 2 DPIA body, checked field by field. Pure.</summary>
public static class DpiaRules
{
    public const int LongText = 8000, MaxRisks = 50;

    public static FullDpia? Validate(DpiaBody body, FieldErrors errors)
    {
        var description = errors.Text("descriptionOfProcessing", body.DescriptionOfProcessing, LongText);
        var necessity = errors.Text("necessityAndProportionality", body.NecessityAndProportionality, LongText);
        var residual = errors.Enum<ResidualRisk>("residualRisk", body.ResidualRisk);

        var risks = new List<DpiaRisk>();
        if (body.Risks is not { Count: > 0 }) errors.Add("risks", "Name at least one risk, with its likelihood, severity and mitigation.");
        else if (body.Risks.Count > MaxRisks) errors.Add("risks", $"At most {MaxRisks} risks.");
        else
            for (var i = 0; i < body.Risks.Count; i++)
            {
                var field = $"risks[{i}]";
                if (body.Risks[i] is not { } r) { errors.Add(field, "This field is required."); continue; }
                risks.Add(new DpiaRisk(
                    errors.Text($"{field}.description", r.Description, 2000),
                    errors.Enum<Likelihood>($"{field}.likelihood", r.Likelihood),
                    errors.Enum<Severity>($"{field}.severity", r.Severity),
                    errors.Text($"{field}.mitigation", r.Mitigation, 2000)));
            }

        return errors.Any ? null : new FullDpia(description, necessity, risks, residual);
    }
}
