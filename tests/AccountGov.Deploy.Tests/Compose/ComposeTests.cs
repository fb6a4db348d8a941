using System.Text.Json;
using AccountGov.Deploy.Tests.Kubernetes;
using YamlDotNet.RepresentationModel;

namespace AccountGov.Deploy.Tests.Compose;

/// <summary>docker-compose.yml runs every app, healthy, non-root, on loopback, listening where its environment says.</summary>
public class ComposeTests
{
    [Fact]
    public void EveryAppOfMakeUpIsBuiltHereAndHealthcheckedOnReadiness()
    {
        var names = File.ReadLines(Repository.PathOf("deploy/local/services.txt"))
            .Where(l => !l.StartsWith('#') && !string.IsNullOrWhiteSpace(l)).Select(l => l.Split(' ')[0]).ToList();
        var apps = ComposeFile.Apps.ToDictionary();

        Assert.Equal(5, names.Count);
        Assert.All(names, name =>
        {
            Assert.True(apps.ContainsKey(name), $"compose has no image built for {name}");
            var test = string.Join(" ", apps[name].Map("healthcheck").Texts("test"));
            Assert.Contains("/health/ready", test);
        });
    }

    [Fact]
    public void ListeningAddressesComeOnlyFromTheEnvironment()
    {
        Assert.All(ComposeFile.Apps, app => Assert.Contains(app.Value.Keys("environment"), k => k is "Urls" or "ASPNETCORE_URLS"));

        var settings = Directory.GetFiles(Repository.PathOf("services"), "appsettings*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.NotEmpty(settings);
        Assert.All(settings, file =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            Assert.DoesNotContain(json.RootElement.EnumerateObject(), p => p.Name.Equals("Urls", StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public void EveryPublishedPortIsOnTheHostsLoopbackOnly()
    {
        var ports = ComposeFile.Services.Values.SelectMany(s => s.Keys("ports")).ToList();

        Assert.NotEmpty(ports);
        Assert.All(ports, p => Assert.StartsWith("127.0.0.1:", p));
    }

    [Fact]
    public void DependenciesNameServicesAndVolumesAreDeclaredAndImagesArePinned()
    {
        var services = ComposeFile.Services;
        var volumes = ComposeFile.Root.Keys("volumes").ToHashSet();

        Assert.All(services.Values.SelectMany(s => s.Keys("depends_on")), d => Assert.Contains(d, services.Keys));
        Assert.All(services.Values.SelectMany(s => s.Keys("volumes")), v => Assert.Contains(v.Split(':')[0], volumes));
        Assert.All(services.Values.Select(s => s.TextOrNull("image")).OfType<string>(), image =>
        {
            var tag = image.Split(':').ElementAtOrDefault(1);
            Assert.False(string.IsNullOrEmpty(tag) || tag == "latest", $"{image} is not pinned");
        });
    }

    [Fact]
    public void CustodysKeyFileIsOnAVolumeTheNonRootUserOwns()
    {
        var custody = ComposeFile.Services["custody"];
        var keyFolder = Path.GetDirectoryName(custody.Map("environment").Text("Custody__KeyFile"))!;
        var dockerfile = File.ReadAllText(Repository.PathOf(custody.Map("build").Text("dockerfile")));

        Assert.Contains(custody.Keys("volumes"), v => v.Split(':')[1] == keyFolder);
        Assert.Matches($@"chown app:app [^\n]*{keyFolder}(\s|$)", dockerfile);
        Assert.Matches(@"(?m)^USER app$", dockerfile);
    }
}
