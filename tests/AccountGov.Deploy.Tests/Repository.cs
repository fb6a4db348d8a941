using System.Diagnostics;

namespace AccountGov.Deploy.Tests;

/// <summary>The repository these tests read, and kubectl's kustomize, which renders what an operator would apply.</summary>
public static class Repository
{
    public const string Kubectl = "/usr/bin/kubectl";

    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Kustomize(string folder)
    {
        var info = new ProcessStartInfo(Kubectl, ["kustomize", PathOf(folder)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{Kubectl} did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"kubectl kustomize {folder} failed: {errors.Result}");
        return output;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AccountGov.sln"))) return dir.FullName;
        throw new InvalidOperationException("AccountGov.sln not found above " + AppContext.BaseDirectory);
    }
}
