using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace AccountGov.ServiceDefaults.Input;

/// <summary>Bound from "Input:BodyLimits". The defaults suit every current route; configuration can add uploads.</summary>
public sealed class RequestBodyLimitOptions
{
    /// <summary>JSON bodies are a business case at most: a DPIA of 50 risks at 8,000 characters still fits.</summary>
    public long DefaultBytes { get; set; } = 256 * 1024;

    public long UploadBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>"METHOD /route/pattern" of the routes that take files (HR's CSV and JSON batches, BD's register import): the larger limit and the upload text guard.</summary>
    public List<string> UploadRoutes { get; set; } = ["POST /hr/events/batch", "POST /accounts/imports"];
}

/// <summary>
/// Caps each request body by its route: the upload limit for the configured upload routes (or an endpoint's own
/// <see cref="IRequestSizeLimitMetadata"/>), the JSON default elsewhere. Runs after routing, before binding.
/// Kestrel enforces the cap through its feature; the wrapping stream enforces it on any server, and a declared
/// Content-Length over the cap is refused before a byte is read. Upload routes read their body as a stream, out of
/// reach of the JSON converters, so their text bodies also pass through <see cref="UploadTextGuard"/>.
/// </summary>
internal sealed class RequestBodyLimits(RequestDelegate next, IOptions<RequestBodyLimitOptions> options)
{
    private readonly HashSet<string> uploads = new(options.Value.UploadRoutes.Select(Normalise), StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        var (limit, isUpload) = LimitFor(context);
        if (limit is null)
        {
            await next(context);
            return;
        }
        if (context.Request.ContentLength > limit)
        {
            await InputRefusalResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "body", TooLarge(limit.Value));
            return;
        }
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
        context.Request.Body = new LimitedReadStream(context.Request.Body, limit.Value, TooLarge(limit.Value));
        if (isUpload && UploadTextKind(context.Request.ContentType) is { } json)
            context.Request.Body = new UploadTextGuard(context.Request.Body, json);
        await next(context);
    }

    internal static string TooLarge(long limit) => $"The body may be at most {limit / 1024} KB.";

    private (long? Limit, bool IsUpload) LimitFor(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var pattern = (endpoint as RouteEndpoint)?.RoutePattern.RawText;
        var isUpload = pattern is not null && uploads.Contains(Normalise($"{context.Request.Method} {pattern}"));
        if (endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } own) return (own.MaxRequestBodySize, isUpload);
        return (isUpload ? options.Value.UploadBytes : options.Value.DefaultBytes, isUpload);
    }

    /// <summary>Text uploads are guarded (true for JSON, false for CSV and other text); anything else passes as bytes.</summary>
    private static bool? UploadTextKind(string? contentType)
    {
        var media = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "application/json" => true,
            "text/csv" or "application/csv" or "text/plain" => false,
            _ => null,
        };
    }

    private static string Normalise(string route) => route.Trim().TrimEnd('/');
}
