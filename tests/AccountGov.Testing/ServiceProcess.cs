using System.Diagnostics;

namespace AccountGov.Testing;

/// <summary>
/// A service run as its own process from its build output (`dotnet X.dll`, as deploy/local/up.sh does), on a free
/// port, so a test can kill it (-9) or freeze it (SIGSTOP) the way a crashed or hung replica would be.
/// Its output goes to a file under the test's bin folder, named in failure messages.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServiceProcess(Process process, int port, string log)
    {
        this.process = process;
        Port = port;
        Log = log;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int Port { get; }
    public string Log { get; }
    public HttpClient Http { get; }
    public int Id => process.Id;

    /// <param name="project">e.g. "AccountRequests/AccountGov.AccountRequests.Api"</param>
    public static ServiceProcess Start(string project, string name, IReadOnlyDictionary<string, string?> settings)
    {
        var dll = BuiltDll(project);
        var port = Ports.Free();
        var log = Path.Combine(AppContext.BaseDirectory, $"{name}-{port}.log");
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__")] = value;

        var process = Process.Start(info)!;
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(process, port, log);
    }

    /// <summary>
    /// A cap against hanging, not a start-up target: four services starting at once on two busy cores took over 90 s
    /// to write their first log line in one run.
    /// </summary>
    private static readonly TimeSpan StartupCap = TimeSpan.FromMinutes(4);

    /// <summary>Waits for /health/ready to answer 200 (Degraded counts: the forwarder may still be cold).</summary>
    public Task WaitUntilReady() => Eventually.True(async () =>
    {
        if (process.HasExited) throw new InvalidOperationException($"The service exited with {process.ExitCode}; see {Log}.");
        try { return (await Http.GetAsync("/health/ready")).IsSuccessStatusCode; }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return false; }
    }, within: StartupCap, what: $"the service process to be ready (log: {Log})");

    /// <summary>
    /// Waits for /health/ready to report Healthy, the bus included, as ServiceHost does: a message published before
    /// this process's consumer queues are bound would have nowhere to go.
    /// </summary>
    public Task WaitUntilHealthy() => Eventually.True(async () =>
    {
        if (process.HasExited) throw new InvalidOperationException($"The service exited with {process.ExitCode}; see {Log}.");
        try { return (await Http.GetStringAsync("/health/ready")).Contains("\"status\":\"Healthy\""); }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return false; }
    }, within: StartupCap, what: $"the service process to be healthy (log: {Log})");

    /// <summary>A client of this process signed in as a persona with a development token it issued.</summary>
    public Task<HttpClient> ClientFor(string userId, params string[] roles) =>
        DevTokens.SignIn(new HttpClient { BaseAddress = Http.BaseAddress, Timeout = TimeSpan.FromSeconds(30) }, userId, roles);

    /// <summary>SIGKILL: no shutdown code runs; the kernel closes its sockets.</summary>
    public void Kill() => Signal("KILL");

    /// <summary>SIGSTOP: the process freezes with its sockets open, as a hung replica would.</summary>
    public void Freeze() => Signal("STOP");

    private void Signal(string signal)
    {
        if (process.HasExited) return;
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString()]);
        kill.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        Http.Dispose();
    }

    private static string BuiltDll(string project)
    {
        // The tests' own output is <repo>/tests/<Project>/bin/<Configuration>/<tfm>/: the service was built alongside.
        var bin = new DirectoryInfo(AppContext.BaseDirectory);
        var (tfm, configuration) = (bin.Name, bin.Parent!.Name);
        var root = bin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AccountGov.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("The repository root (AccountGov.sln) was not found above the test output.");
        var dll = Path.Combine(root.FullName, "services", project, "bin", configuration, tfm, Path.GetFileName(project) + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {project} first: {dll} is missing.");
    }
}
