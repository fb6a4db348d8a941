using Microsoft.Extensions.FileProviders;

namespace AccountGov.Portal.Frontend;

/// <summary>
/// Serves the compiled nhsuk-frontend files the build copied next to the Portal's assembly (see the csproj):
/// its css and js under /nhsuk-frontend, Chart.js under /chartjs, and under /assets the images its css names by absolute path.
/// </summary>
public static class FrontendAssets
{
    public static void UseFrontendAssets(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "nhsuk-frontend");
        if (!Directory.Exists(root))
            throw new InvalidOperationException($"The nhsuk-frontend assets are missing from {root}: build the Portal (it runs npm ci).");
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root), RequestPath = "/nhsuk-frontend" });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "chartjs")),
            RequestPath = "/chartjs",
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(root, "assets")),
            RequestPath = "/assets",
        });
    }
}
