using AccountGov.AccountRequests.Contracts.Http;

namespace AccountGov.AccountRequests.Api.Requests.Screening;

/// <summary>The questions and the rule, so the Portal shows the policy's own words rather than a copy of them.</summary>
public static class GetScreeningPolicy
{
    public static void MapGetScreeningPolicy(this RouteGroupBuilder group) => group.MapGet("/screening-policy", () =>
        TypedResults.Ok(new ScreeningPolicyView(ScreeningPolicy.Current.Reference, ScreeningPolicy.Current.Rule,
            ScreeningPolicy.Current.Questions.Select(q => new ScreeningQuestionView(q.Number, q.Field, q.Question)).ToArray())))
            .WithSummary("The ten privacy screening questions and the policy they come from");
}
