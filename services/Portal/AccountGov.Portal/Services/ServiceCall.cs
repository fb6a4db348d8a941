using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace AccountGov.Portal.Services;

/// <summary>The services by the names a person reads on a page when one does not answer.</summary>
public static class ServiceNames
{
    public const string AccountRequests = "The requests service";
    public const string Approvals = "The approvals service";
    public const string Custody = "The custody service";
}

/// <summary>
/// Tells "the service is down" (no connection, timeout, open circuit, 5xx) from an answer. A page catches only
/// that, shows it in place, and renders everything else it has; any other error is a real fault.
/// </summary>
public static class ServiceCall
{
    public static bool IsUnavailable(Exception e) => e switch
    {
        // Refit wraps a failure before any response (refused, timed out, circuit open) in ApiRequestException.
        ApiRequestException or HttpRequestException or TimeoutRejectedException or BrokenCircuitException => true,
        ApiException api => (int)api.StatusCode >= 500,
        TaskCanceledException or OperationCanceledException => e.InnerException is TimeoutException or TimeoutRejectedException,
        _ => false,
    };

    /// <summary>For an unsuccessful <see cref="IApiResponse"/>: no response at all, or a 5xx.</summary>
    public static bool IsUnavailable(IApiResponse response) =>
        response.Error is ApiRequestException || response.StatusCode is null || (int)response.StatusCode >= 500;

    /// <summary>The body of an unsuccessful response (a ProblemDetails), when there was one.</summary>
    public static string? ErrorContent(this IApiResponse response) => (response.Error as ApiException)?.Content;
}
