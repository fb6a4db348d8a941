using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AccountGov.ServiceDefaults.OpenApi;

/// <summary>
/// Marks an endpoint where a person edits what they read: it takes the ETag they read back as <c>If-Match</c>,
/// answers 412 when someone else changed it first (409 when the change breaks a rule), and returns the new ETag.
/// The handler reads the header itself (EventSourcing's <c>ETags</c>); this puts the contract in the document.
/// </summary>
public static class IfMatch
{
    private sealed class Marker;

    public static RouteHandlerBuilder AcceptsIfMatch(this RouteHandlerBuilder builder) => builder.WithMetadata(new Marker());

    internal static OpenApiOptions AddIfMatch(this OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<Marker>().Any()) return Task.CompletedTask;
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = false,
                Description = "The ETag you read (e.g. \"3\"). Without it the change applies to whatever is current.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("409", ProblemResponses.Problem("The change breaks a rule of the resource's current state."));
            operation.Responses.TryAdd("412", ProblemResponses.Problem("Someone changed it since you read it; read it again."));
            foreach (var response in operation.Responses.Where(r => r.Key.StartsWith('2')).Select(r => r.Value))
                if (response is OpenApiResponse concrete)
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    concrete.Headers.TryAdd("ETag", new OpenApiHeader
                    {
                        Description = "The new version, for the next If-Match.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    });
                }
            return Task.CompletedTask;
        });
        return options;
    }
}
