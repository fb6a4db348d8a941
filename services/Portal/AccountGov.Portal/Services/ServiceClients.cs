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

        AddClient<IAccountRequestsApi>(services, urls.AccountRequests);
        AddClient<IApprovalsApi>(services, urls.Approvals);
        AddClient<ICustodyApi>(services, urls.Custody);
        AddClient<ICustodyHandoversApi>(services, urls.Custody);
        AddClient<ICustodyHrApi>(services, urls.Custody);
        AddClient<ICustodyReportsApi>(services, urls.Custody);
        services.AddHttpClient<DevPersonas>(c => c.BaseAddress = urls.AccountRequests);
    }

    // A typed HttpClient wrapping Refit's source-generated client (RestService.For), as the journeys and the seed
    // use it: AddRefitClient would also register Refit's reflection request builder, which Refit 16 ships only in
    // Refit.Reflection, a package this project does not take.
    private static void AddClient<TApi>(IServiceCollection services, Uri baseAddress) where TApi : class =>
        services.AddHttpClient(typeof(TApi).Name, c => c.BaseAddress = baseAddress)
            .AddHttpMessageHandler<AccessTokenHandler>()
            .AddTypedClient(http => RestService.For<TApi>(http));

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
