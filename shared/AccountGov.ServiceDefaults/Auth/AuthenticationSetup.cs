using System.Text;
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
        if (string.IsNullOrWhiteSpace(options.Authority) && !isDevelopment)
            throw new InvalidOperationException("Auth:Authority must name the OIDC authority outside Development.");

        builder.Services.AddSingleton(options);
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Authority = string.IsNullOrWhiteSpace(options.Authority) ? null : options.Authority;
                jwt.RequireHttpsMetadata = !isDevelopment;
                var validation = new TokenValidationParameters
                {
                    ValidAudience = options.Audience,
                    NameClaimType = AuthClaims.Name,
                    RoleClaimType = AuthClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                if (isDevelopment)
                {
                    // The development issuer signs with a shared symmetric key so every local service accepts its tokens.
                    validation.ValidIssuers = [options.DevIssuer];
                    validation.IssuerSigningKey = DevSigningKey(options);
                }
                jwt.TokenValidationParameters = validation;
            });

        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, UnknownRouteResultHandler>();
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddRolePolicies();
    }

    private static AuthorizationBuilder AddRolePolicies(this AuthorizationBuilder authorization)
    {
        foreach (var role in Roles.All)
            authorization.AddPolicy(role, p => p.RequireAuthenticatedUser().RequireRole(role));
        return authorization;
    }

    internal static SymmetricSecurityKey DevSigningKey(AuthOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DevSigningKey) || Encoding.UTF8.GetByteCount(options.DevSigningKey) < 32)
            throw new InvalidOperationException("Auth:DevSigningKey must be set (32+ bytes) in Development.");
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.DevSigningKey));
    }
}
