using System.Threading.RateLimiting;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace AccountGov.Custody.Api.Credentials.Revealing;

/// <summary>Bound from "Custody:RevealRateLimit".</summary>
public sealed class RevealRateLimitOptions
{
    public int PermitLimit { get; set; } = 10;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Reveals per user per window: a stolen session cannot drain the vault, and a burst shows up as 429s in
/// telemetry. Partitioned by the token's subject, so one person's limit never throttles another.
/// </summary>
public static class RevealRateLimit
{
    public const string Policy = "credential-reveal";

    public static void AddRevealRateLimit(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Custody:RevealRateLimit").Get<RevealRateLimitOptions>() ?? new RevealRateLimitOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(AuthClaims.Subject)?.Value ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 }));
            limiter.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many reveals.",
                        Detail = "You have revealed credentials too often in a short time; try again later.",
                    },
                });
            };
        });
    }
}
