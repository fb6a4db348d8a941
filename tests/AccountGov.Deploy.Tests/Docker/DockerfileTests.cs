using System.Text.RegularExpressions;

namespace AccountGov.Deploy.Tests.Docker;

/// <summary>
/// The images build the same way every time and rebuild cheaply: base images pinned to a patch release (or a digest),
/// and packages restored in their own layer from the project and lock files alone, before any source is copied.
/// With no Docker engine here, this reads the Dockerfiles as the builder would.
/// </summary>
public partial class DockerfileTests
{
    public static TheoryData<string> Dockerfiles => ["deploy/docker/service.Dockerfile", "deploy/docker/portal.Dockerfile"];

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void EveryBaseImageIsPinnedToAPatchReleaseOrADigest(string dockerfile)
    {
        var images = Instructions(dockerfile).Where(i => i.Verb == "FROM").Select(i => i.Arguments.Split(' ')[0]).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.True(image.Contains("@sha256:") || PatchTag().IsMatch(image), $"{image} is not pinned"));
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void PackagesAreRestoredFromProjectAndLockFilesBeforeAnySourceIsCopied(string dockerfile)
    {
        var build = Instructions(dockerfile).TakeWhile(i => !(i.Verb == "FROM" && i.Arguments.Contains("runtime"))).ToList();
        var restore = build.FindIndex(i => i.Verb == "RUN" && i.Arguments.Contains("dotnet restore") && i.Arguments.Contains("--locked-mode"));
        var sources = build.FindIndex(i => i.Verb == "COPY" && (i.Arguments.StartsWith("shared/ ") || i.Arguments.StartsWith("services/ ")));
        Assert.True(restore >= 0, "no locked restore step");
        Assert.True(sources > restore, "sources are copied before the restore layer, so every edit re-restores");
        Assert.Contains(build.Skip(restore + 1), i => i.Verb == "RUN" && i.Arguments.Contains("--no-restore"));

        // Every project an image can build (and so every one it references) has its csproj and lock file in the layer.
        var copied = string.Join("\n", build.Take(restore).Where(i => i.Verb == "COPY").Select(i => i.Arguments));
        var projects = Directory.GetFiles(Repository.PathOf("services"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Repository.PathOf("shared"), "*.csproj", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(Repository.Root, Path.GetDirectoryName(p)!).Replace('\\', '/'));
        Assert.All(projects, folder =>
        {
            Assert.Contains($"{folder}/*.csproj", copied);
            Assert.Contains($"{folder}/packages.lock.json", copied);
        });
    }

    private static List<(string Verb, string Arguments)> Instructions(string dockerfile)
    {
        // Join continued lines, drop comments: one instruction per entry.
        var text = string.Join("\n", File.ReadLines(Repository.PathOf(dockerfile)).Where(l => !l.TrimStart().StartsWith('#')))
            .Replace("\\\n", " ");
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(' ', 2))
            .Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? p[1].Trim() : ""))
            .ToList();
    }

    [GeneratedRegex(@":\d+\.\d+\.\d+(-[a-z0-9.-]+)?$")]
    private static partial Regex PatchTag();
}
