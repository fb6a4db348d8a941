using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace AccountGov.ServiceDefaults.Auth;

public static class AuthenticationSetup
{
    public static void AddAccountGovAuthentication(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        var isDevelopment = builder.Environment.IsDevelopment();
        var hasAuthority = !string.IsNullOrWhiteSpace(options.Authority);
        if (!hasAuthority && !isDevelopment)
            throw new InvalidOperationException("Auth:Authority must name the OIDC authority outside Development.");
        ClaimsMapping.Validate(options);
        var devKey = DevTokenGuard.DevTokensEnabled(builder, options) ? DevSigningKeyFile.LoadOrCreate(builder, options) : null;
        if (devKey is null && !hasAuthority)
            throw new InvalidOperationException("Auth:Authority must be set when development tokens are off.");
        if (devKey is not null && hasAuthority)
            throw new InvalidOperationException("A development signing key must never exist beside Auth:Authority.");

        builder.Services.AddSingleton(options);
        if (devKey is not null) builder.Services.AddSingleton(devKey);
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Authority = hasAuthority ? options.Authority : null;
                jwt.RequireHttpsMetadata = !isDevelopment;
                var validation = new TokenValidationParameters
                {
                    ValidAudience = options.Audience,
                    NameClaimType = AuthClaims.Name,
                    RoleClaimType = AuthClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                if (devKey is not null)
                {
                    // Only ever without an authority (DevTokenGuard): the development issuer is then the only issuer.
                    validation.ValidIssuers = [options.DevIssuer];
                    validation.IssuerSigningKey = devKey.Key;
                }
                jwt.TokenValidationParameters = validation;
                jwt.Events = new JwtBearerEvents { OnTokenValidated = context => MapClaims(context, options) };
            });

        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, UnknownRouteResultHandler>();
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddRolePolicies();
    }

    /// <summary>Every action is recorded against the caller's person id, so a token without a usable one is no
    /// identity (401); so is a development token beside an authority.</summary>
    private static Task MapClaims(TokenValidatedContext context, AuthOptions options)
    {
        if (context.Principal is null)
            context.Fail("The token carries no identity.");
        else if (ClaimsMapping.Accept(context.Principal, options, out var mapped) is { } refusal)
            context.Fail(refusal);
        else
            context.Principal = mapped;
        return Task.CompletedTask;
    }

    private static AuthorizationBuilder AddRolePolicies(this AuthorizationBuilder authorization)
    {
        foreach (var role in Roles.All)
            authorization.AddPolicy(role, p => p.RequireAuthenticatedUser().RequireRole(role));
        return authorization;
    }
}
