using k8s.Models;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>Nothing names a ConfigMap, Secret, Deployment, role, user or database that will not exist.</summary>
public class ReferenceTests
{
    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void EveryConfigMapReferenceIsDefinedWithItsKey(string overlay)
    {
        var rendered = Overlay.Named(overlay);
        var refs = References.Of(rendered).Where(r => r.Kind == "ConfigMap").ToList();

        Assert.NotEmpty(refs);
        Assert.All(refs, r =>
        {
            var map = rendered.Find("ConfigMap", r.Name);
            Assert.True(map is not null, $"{r.From} names ConfigMap {r.Name}, which is not defined");
            if (r.Key is not null) Assert.True(StrictParsing.Parse<V1ConfigMap>(map!).Data.ContainsKey(r.Key), $"{r.From}: {r.Name} has no {r.Key}");
        });
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void EverySecretIsDefinedMadeByAnOperatorOrListedForYouToCreate(string overlay)
    {
        var rendered = Overlay.Named(overlay);
        var generated = References.OperatorGenerated(rendered);
        var refs = References.Of(rendered).Where(r => r.Kind == "Secret").ToList();

        Assert.NotEmpty(References.SuppliedByYou);
        Assert.All(refs, r => Assert.True(
            rendered.Find("Secret", r.Name) is not null || generated.Contains(r.Name) || References.SuppliedByYou.Any(p => p.IsMatch(r.Name)),
            $"{r.From} names Secret {r.Name}: not defined, not made by an operator, not in deploy/k8s/readme.md"));
        Assert.Contains(refs, r => generated.Contains(r.Name));
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void ServicesAutoscalersAndDisruptionBudgetsPointAtDeploymentsAndEveryDeploymentHasABudget(string overlay)
    {
        var rendered = Overlay.Named(overlay);
        var deployments = rendered.Deployments();
        var budgets = rendered.OfKind("PodDisruptionBudget").Select(StrictParsing.Parse<V1PodDisruptionBudget>).ToList();

        Assert.All(rendered.OfKind("Service").Select(StrictParsing.Parse<V1Service>), s =>
            Assert.Single(deployments, d => s.Spec.Selector.Selects(d.PodLabels())));
        Assert.All(rendered.OfKind("HorizontalPodAutoscaler").Select(StrictParsing.Parse<V2HorizontalPodAutoscaler>), h =>
            Assert.Single(deployments, d => d.Name() == h.Spec.ScaleTargetRef.Name && h.Spec.ScaleTargetRef.Kind == "Deployment"));
        Assert.All(deployments, d => Assert.Single(budgets, b => b.Spec.Selector.Selects(d.PodLabels())));
        // The Portal keeps one replica until its Data Protection key ring is shared (base/apps/portal.yaml).
        Assert.Equal(deployments.Count - 1, rendered.OfKind("HorizontalPodAutoscaler").Count());
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void EachApiUsesItsOwnDatabaseWhichOnlyItsOwnerMayOpen(string overlay)
    {
        var rendered = Overlay.Named(overlay);
        var cluster = Assert.Single(rendered.OfKind("Cluster")).Root.Map("spec");
        var roles = cluster.Map("managed").Maps("roles").Select(r => r.Text("name")).ToHashSet();
        var hba = cluster.Map("postgresql").Texts("pg_hba").ToList();
        var databases = rendered.OfKind("Database").Select(d => d.Root.Map("spec")).ToList();

        var used = rendered.Containers()
            .Select(x => x.Container.Env.SingleOrDefault(e => e.Name == "ConnectionStrings__EventStore")?.Value)
            .OfType<string>()
            .Select(cs => cs.Split(';').Single(p => p.StartsWith("Database=", StringComparison.Ordinal))["Database=".Length..])
            .ToList();

        Assert.Equal(4, used.Distinct().Count());
        Assert.All(used, db =>
        {
            var database = Assert.Single(databases, d => d.Text("name") == db);
            Assert.Equal(rendered.OfKind("Cluster").Single().Name, database.Map("cluster").Text("name"));
            Assert.Contains(database.Text("owner"), roles);
            var admit = hba.IndexOf($"hostssl {db} {database.Text("owner")} all scram-sha-256");
            Assert.True(admit >= 0 && hba.IndexOf($"host {db} all all reject") > admit, $"pg_hba does not keep {db} to its owner");
        });
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void EveryBrokerUserHasPermissionsOnAnExistingVhostOfTheCluster(string overlay)
    {
        var rendered = Overlay.Named(overlay);
        var cluster = Assert.Single(rendered.OfKind("RabbitmqCluster")).Name;
        var vhosts = rendered.OfKind("Vhost").Select(v => v.Root.Map("spec").Text("name")).ToHashSet();
        var permissions = rendered.OfKind("Permission").Select(p => p.Root.Map("spec")).ToList();
        var hosts = rendered.Containers().SelectMany(x => x.Container.Env ?? []).Where(e => e.Name == "RabbitMq__VirtualHost").Select(e => e.Value);

        Assert.All(rendered.OfKind("User").Concat(rendered.OfKind("Vhost")).Concat(rendered.OfKind("Permission")), o =>
            Assert.Equal(cluster, o.Root.Map("spec").Map("rabbitmqClusterReference").Text("name")));
        Assert.All(rendered.OfKind("User"), u =>
            Assert.Contains(Assert.Single(permissions, p => p.Map("userReference").Text("name") == u.Name).Text("vhost"), vhosts));
        Assert.All(hosts, h => Assert.Contains(h, vhosts));
    }
}
