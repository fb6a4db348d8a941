using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace AccountGov.ServiceDefaults.Input;

/// <summary>Puts the input policy (readme.md) in front of every endpoint of every service.</summary>
public static class InputPolicySetup
{
    public static void AddInputPolicy(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RequestBodyLimitOptions>(builder.Configuration.GetSection("Input:BodyLimits"));
        builder.Services.Configure<JsonOptions>(o =>
        {
            var json = o.SerializerOptions;
            json.Converters.Add(new PolicyStringConverter(TextKind.FreeText));
            foreach (var converter in BoundedDates.Converters) json.Converters.Add(converter);
            json.TypeInfoResolver = (json.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(FieldKinds.ApplyToStringProperties);
        });
    }

    /// <summary>After routing (the route pattern and values are known) and before any endpoint binds its input.</summary>
    public static void UseInputPolicy(this WebApplication app)
    {
        app.UseMiddleware<RequestBodyLimits>();
        app.UseMiddleware<QueryAndRouteValues>();
    }
}
