using k8s.Models;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>The trial fits on one node; production survives losing one.</summary>
public class OverlayShapeTests
{
    [Fact]
    public void TheTrialRunsOneOfEverything()
    {
        var trial = Overlay.Named("trial");

        Assert.All(trial.Deployments(), d => Assert.Equal(1, d.Spec.Replicas));
        Assert.Equal("1", trial.OfKind("Cluster").Single().Root.Map("spec").Text("instances"));
        Assert.Equal("1", trial.OfKind("RabbitmqCluster").Single().Root.Map("spec").Text("replicas"));
    }

    [Fact]
    public void ProductionRunsTwoOfEveryApiThreePostgresInstancesAndThreeBrokerNodes()
    {
        var production = Overlay.Named("production");

        Assert.All(production.Deployments().Where(d => d.PodLabels()["app.kubernetes.io/component"] == "api"), d =>
        {
            Assert.True(d.Spec.Replicas >= 2, d.Name());
            Assert.NotEmpty(d.Spec.Template.Spec.TopologySpreadConstraints);
        });
        Assert.Equal("3", production.OfKind("Cluster").Single().Root.Map("spec").Text("instances"));
        Assert.Equal("3", production.OfKind("RabbitmqCluster").Single().Root.Map("spec").Text("replicas"));
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void EveryContainerExportsTelemetryToTheCollectorAndListensOnlyWhereTheEnvironmentSays(string overlay)
    {
        Assert.All(Overlay.Named(overlay).Containers(), x =>
        {
            var names = x.Container.Env.Select(e => e.Name).ToList();
            Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT", names);
            Assert.Contains("ASPNETCORE_URLS", names);
        });
        var telemetry = Overlay.Named(overlay).Find("ConfigMap", "accountgov-telemetry")!.Root.Map("data");
        Assert.Equal($"deployment.environment={overlay}", telemetry.Text("OTEL_RESOURCE_ATTRIBUTES"));
    }
}
