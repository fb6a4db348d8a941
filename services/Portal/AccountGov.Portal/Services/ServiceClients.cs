using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Portal.SigningIn;
using Microsoft.Extensions.Http.Resilience;
using Refit;

namespace AccountGov.Portal.Services;

/// <summary>Bound from "Portal:Services": where each service answers.</summary>
public sealed class ServiceUrls
{
    public Uri AccountRequests { get; set; } = new("http://127.0.0.1:5101");
    public Uri Approvals { get; set; } = new("http://127.0.0.1:5102");
    public Uri Custody { get; set; } = new("http://127.0.0.1:5103");
}

public static class ServiceClients
{
    public static void AddServiceClients(this IServiceCollection services, IConfiguration configuration)
    {
        var urls = configuration.GetSection("Portal:Services").Get<ServiceUrls>() ?? new ServiceUrls();
        services.AddHttpContextAccessor();
        services.AddTransient<AccessTokenHandler>();
        // The standard handler, as ServiceDefaults gives the services, tuned for a person waiting at a page: a short
        // budget, and no retry of a POST or PUT, which could submit a business case or a decision twice.
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(ForPeopleWaiting));

        services.AddRefitClient<IAccountRequestsApi>().ConfigureHttpClient(c => c.BaseAddress = urls.AccountRequests)
            .AddHttpMessageHandler<AccessTokenHandler>();
        services.AddRefitClient<IApprovalsApi>().ConfigureHttpClient(c => c.BaseAddress = urls.Approvals)
            .AddHttpMessageHandler<AccessTokenHandler>();
        services.AddRefitClient<ICustodyApi>().ConfigureHttpClient(c => c.BaseAddress = urls.Custody)
            .AddHttpMessageHandler<AccessTokenHandler>();
        services.AddHttpClient<DevPersonas>(c => c.BaseAddress = urls.AccountRequests);
    }

    private static void ForPeopleWaiting(HttpStandardResilienceOptions o)
    {
        o.Retry.MaxRetryAttempts = 2;
        o.Retry.Delay = TimeSpan.FromMilliseconds(200);
        o.Retry.DisableForUnsafeHttpMethods();
        o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
        o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
        o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(12);
    }
}
