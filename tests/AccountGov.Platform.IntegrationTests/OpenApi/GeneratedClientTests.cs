using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AccountGov.Platform.IntegrationTests.Security;

namespace AccountGov.Platform.IntegrationTests.OpenApi;

/// <summary>
/// Generates a C# client from each service's document with Kiota (the local tool in .config/dotnet-tools.json), as a
/// trust's developers would, and reads what came out: one method per operation, and none that hands back a raw
/// stream where the service returns JSON (what Kiota does when a success has no schema, dropping, say, the
/// credential a reveal returns).
/// </summary>
public partial class GeneratedClientTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    [Theory]
    [InlineData("AccountRequests")]
    [InlineData("Approvals")]
    [InlineData("Custody")]
    public async Task GivenAServicesDocument_WhenKiotaGeneratesAClient_ThenEveryOperationReturnsATypedModel(string service)
    {
        var work = Directory.CreateTempSubdirectory("accountgov-kiota-");
        try
        {
            var document = await fixture.Anonymous(service).GetStringAsync("/openapi/v1.json");
            var documentFile = Path.Combine(work.FullName, "openapi.json");
            await File.WriteAllTextAsync(documentFile, document);
            var output = Path.Combine(work.FullName, "client");

            var (exitCode, log) = await Kiota("generate", "--language", "CSharp", "--openapi", documentFile,
                "--output", output, "--class-name", $"{service}Client", "--namespace-name", $"Generated.{service}",
                "--exclude-path", "/dev/**", "--log-level", "Warning", "--clean-output");
            Assert.True(exitCode == 0, log);

            var methods = Directory.EnumerateFiles(output, "*RequestBuilder.cs", SearchOption.AllDirectories)
                .SelectMany(file => OperationMethod().Matches(File.ReadAllText(file))
                    .Select(m => (File: file, Verb: m.Groups["verb"].Value, Returns: m.Groups["returns"].Value)))
                .Distinct()
                .ToList();
            Assert.Equal(OperationCount(document), methods.Select(m => (m.File, m.Verb)).Distinct().Count());
            var untyped = methods.Where(m => m.Returns.Contains("Stream")).Select(m => $"{Path.GetFileName(m.File)} {m.Verb}");
            Assert.Empty(untyped);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static int OperationCount(string document) => JsonNode.Parse(document)!["paths"]!.AsObject()
        .Where(path => !path.Key.StartsWith("/dev/"))
        .Sum(path => path.Value!.AsObject().Count);

    private static async Task<(int ExitCode, string Log)> Kiota(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot(), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("kiota");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["KIOTA_OFFLINE_ENABLED"] = "true"; // no update check, no network
        start.Environment["KIOTA_TUTORIAL_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AccountGov.sln"))) root = root.Parent;
        return root?.FullName ?? throw new InvalidOperationException("The repository root (AccountGov.sln) was not found.");
    }

    [GeneratedRegex(@"public async Task(?<returns><[^\n]*?>)? (?<verb>Get|Post|Put|Delete|Patch)Async\(")]
    private static partial Regex OperationMethod();
}
