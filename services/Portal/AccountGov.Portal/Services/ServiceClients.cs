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
        AddClient<IAccountRequestsApi>(services, urls.AccountRequests, ForPeopleWaiting);
        AddClient<IApprovalsApi>(services, urls.Approvals, ForPeopleWaiting);
        AddClient<ICustodyApi>(services, urls.Custody, ForPeopleWaiting);
        AddClient<ICustodyHandoversApi>(services, urls.Custody, ForPeopleWaiting);
        AddClient<ICustodyReviewsApi>(services, urls.Custody, ForPeopleWaiting);
        // An HR file of up to 64 MB is streamed to Custody before it answers: minutes, not the page budget.
        AddClient<ICustodyHrApi>(services, urls.Custody, ForFileUploads);
        AddClient<ICustodyReportsApi>(services, urls.Custody, ForPeopleWaiting);
        AddClient<ICustodyAuditApi>(services, urls.Custody, ForPeopleWaiting);
        services.AddHttpClient<DevPersonas>(c => c.BaseAddress = urls.AccountRequests).AddStandardResilienceHandler(ForPeopleWaiting);
    }

    // A typed HttpClient wrapping Refit's source-generated client (RestService.For), as the journeys and the seed
    // use it: AddRefitClient would also register Refit's reflection request builder, which Refit 16 ships only in
    // Refit.Reflection, a package this project does not take.
    private static void AddClient<TApi>(IServiceCollection services, Uri baseAddress, Action<HttpStandardResilienceOptions> resilience)
        where TApi : class
    {
        var client = services.AddHttpClient(typeof(TApi).Name, c => c.BaseAddress = baseAddress);
        client.AddStandardResilienceHandler(resilience);
        client.AddHttpMessageHandler<AccessTokenHandler>().AddTypedClient(http => RestService.For<TApi>(http));
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

    private static void ForFileUploads(HttpStandardResilienceOptions o)
    {
        ForPeopleWaiting(o);
        o.AttemptTimeout.Timeout = TimeSpan.FromMinutes(3);
        o.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(4);
        o.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(6);
    }
}
