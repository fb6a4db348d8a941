using k8s.Models;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>What every pod must have before it runs in a trust: probes, limits, and no way to gain privilege.</summary>
public class PodHardeningTests
{
    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void EveryContainerHasAllThreeProbesAndResources(string overlay)
    {
        var containers = Overlay.Named(overlay).Containers().ToList();

        Assert.Equal(5, containers.Count);
        Assert.All(containers, x =>
        {
            Assert.NotNull(x.Container.StartupProbe);
            Assert.Equal("/health/ready", x.Container.ReadinessProbe?.HttpGet?.Path);
            Assert.Equal("/health/live", x.Container.LivenessProbe?.HttpGet?.Path);
            Assert.True(x.Container.Resources?.Requests?.ContainsKey("cpu"), $"{x.Deployment.Name()}: no cpu request");
            Assert.True(x.Container.Resources?.Requests?.ContainsKey("memory"), $"{x.Deployment.Name()}: no memory request");
            Assert.True(x.Container.Resources?.Limits?.ContainsKey("memory"), $"{x.Deployment.Name()}: no memory limit");
        });
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void EveryPodRunsNonRootUnderRuntimeDefaultSeccompOnAReadOnlyRoot(string overlay)
    {
        Assert.All(Overlay.Named(overlay).Containers(), x =>
        {
            var pod = x.Deployment.Spec.Template.Spec;
            var container = x.Container.SecurityContext;
            Assert.True(pod.SecurityContext?.RunAsNonRoot, x.Deployment.Name());
            Assert.Equal("RuntimeDefault", (container?.SeccompProfile ?? pod.SecurityContext?.SeccompProfile)?.Type);
            Assert.True(container?.ReadOnlyRootFilesystem, x.Deployment.Name());
            Assert.False(container?.AllowPrivilegeEscalation ?? true, x.Deployment.Name());
            Assert.Equal(["ALL"], container?.Capabilities?.Drop ?? []);
            Assert.False(pod.AutomountServiceAccountToken ?? true, x.Deployment.Name());
        });
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void EveryImageHasAPinnedTag(string overlay)
    {
        var images = Overlay.Named(overlay).Containers().Select(x => x.Container.Image)
            .Concat(Overlay.Named(overlay).OfKind("RabbitmqCluster").Select(o => o.Root.Map("spec").Text("image")))
            .Concat(Overlay.Named(overlay).OfKind("Cluster").Select(o => o.Root.Map("spec").Text("imageName")))
            .ToList();

        Assert.All(images, image =>
        {
            var tag = image.Contains('@') ? "digest" : image[(image.LastIndexOf('/') + 1)..].Split(':').ElementAtOrDefault(1);
            Assert.False(string.IsNullOrEmpty(tag), $"{image} has no tag");
            Assert.NotEqual("latest", tag);
        });
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void EnvironmentReferencesNameOnlyVariablesDefinedBeforeThem(string overlay)
    {
        Assert.All(Overlay.Named(overlay).Containers(), x =>
        {
            var defined = new HashSet<string>();
            foreach (var variable in x.Container.Env ?? [])
            {
                foreach (var reference in System.Text.RegularExpressions.Regex.Matches(variable.Value ?? "", @"\$\(([A-Za-z_][A-Za-z0-9_]*)\)"))
                    Assert.Contains(((System.Text.RegularExpressions.Match)reference).Groups[1].Value, defined);
                defined.Add(variable.Name);
            }
        });
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void CustodyReadsItsKeyEncryptionKeysFromAMountedSecretFileNeverFromTheEnvironment(string overlay)
    {
        var custody = Overlay.Named(overlay).Deployments().Single(d => d.Name() == "custody");
        var container = custody.Spec.Template.Spec.Containers.Single();
        var env = container.Env.ToDictionary(e => e.Name);

        Assert.DoesNotContain("ACCOUNTGOV_CUSTODY_KEKS", env.Keys);
        var path = env["ACCOUNTGOV_CUSTODY_KEKS_FILE"].Value;
        var mount = container.VolumeMounts.Single(m => path.StartsWith(m.MountPath + "/", StringComparison.Ordinal));
        var volume = custody.Spec.Template.Spec.Volumes.Single(v => v.Name == mount.Name);
        Assert.True(mount.ReadOnlyProperty);
        Assert.Equal(path[(mount.MountPath.Length + 1)..], volume.Secret?.Items?.Single().Path);
    }
}
