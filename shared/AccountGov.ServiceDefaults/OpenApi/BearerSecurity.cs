using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AccountGov.ServiceDefaults.OpenApi;

/// <summary>
/// Says in each API's OpenAPI document what every client must know and the endpoints cannot say for themselves:
/// the bearer token, and that any operation needing one answers 401 without it and 403 (ProblemDetails) to someone
/// its rules refuse. A client generated from the document then handles both instead of failing on them.
/// </summary>
internal static class BearerSecurity
{
    public const string Scheme = "Bearer";

    public static OpenApiOptions AddBearerSecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from the organisation's identity provider (OIDC).",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            // Every route needs a signed-in person (the fallback policy) unless it says otherwise.
            if (metadata.OfType<IAllowAnonymous>().Any()) return Task.CompletedTask;
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", ProblemResponses.Problem("No valid bearer token was sent."));
            operation.Responses.TryAdd("403", ProblemResponses.Problem("The caller's role or relationship does not allow this."));
            return Task.CompletedTask;
        });
        return options;
    }
}
