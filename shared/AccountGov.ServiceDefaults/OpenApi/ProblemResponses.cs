using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AccountGov.ServiceDefaults.OpenApi;

/// <summary>
/// The problems every operation can answer with, documented once instead of on each endpoint: any route refuses
/// input it cannot take (at the least an unknown query parameter, see Input/) with 400, a route that names a
/// resource answers 404 when there is none, and any route can fail with 500. All are RFC 9457 ProblemDetails, so a
/// generated client gets a typed error instead of an undocumented status.
/// </summary>
internal static class ProblemResponses
{
    public static OpenApiOptions AddProblemResponses(this OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("400", Problem("The input was refused; `errors` names each field and why."));
            var namesAResource = context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Path");
            if (namesAResource) operation.Responses.TryAdd("404", Problem("There is no such resource."));
            operation.Responses.TryAdd("500", Problem("The service failed; the problem's traceId finds it in the logs."));
            return Task.CompletedTask;
        });
        return options;
    }

    internal static OpenApiResponse Problem(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
        },
    };
}
