using k8s.Models;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>Egress is denied for every app by default: the APIs reach PostgreSQL and the broker, the Portal only the
/// APIs, and what leaves the cluster is one port at a time, never the cloud metadata service. The data servers' pods
/// are left to their operators.</summary>
public class EgressPolicyTests
{
    private static readonly string[] Apis = ["account-requests", "approvals", "custody", "notifications"];

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void EveryAppIsEgressIsolatedAndTheDataServersAreNot(string overlay)
    {
        var rendered = Overlay.Named(overlay);
        var egress = Policies(overlay).Where(p => p.Spec.PolicyTypes.Contains("Egress")).ToList();
        Assert.All(rendered.Deployments(), d => Assert.Contains(egress, p => p.Spec.Egress is null && p.Spec.PodSelector.Selects(d.PodLabels())));

        var postgres = new Dictionary<string, string> { ["cnpg.io/cluster"] = rendered.OfKind("Cluster").Single().Name };
        var broker = new Dictionary<string, string> { ["app.kubernetes.io/name"] = rendered.OfKind("RabbitmqCluster").Single().Name };
        Assert.DoesNotContain(egress, p => p.Spec.PodSelector.Selects(postgres) || p.Spec.PodSelector.Selects(broker));
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void TheApisReachTheDataServersAndThePortalOnlyTheApis(string overlay)
    {
        var rendered = Overlay.Named(overlay);
        IDictionary<string, string> Pod(string name) => rendered.Deployments().Single(d => d.Name() == name).PodLabels();
        var postgres = new Dictionary<string, string> { ["cnpg.io/cluster"] = rendered.OfKind("Cluster").Single().Name };
        var broker = new Dictionary<string, string> { ["app.kubernetes.io/name"] = rendered.OfKind("RabbitmqCluster").Single().Name };

        Assert.All(Apis, api =>
        {
            Assert.True(Reaches(overlay, Pod(api), postgres, 5432), $"{api} cannot reach PostgreSQL");
            Assert.True(Reaches(overlay, Pod(api), broker, 5672), $"{api} cannot reach RabbitMQ");
        });
        Assert.False(Reaches(overlay, Pod("portal"), postgres, 5432), "the Portal reaches PostgreSQL");
        Assert.False(Reaches(overlay, Pod("portal"), broker, 5672), "the Portal reaches RabbitMQ");
        Assert.True(Reaches(overlay, Pod("portal"), Pod("custody"), 8080), "the Portal cannot reach the APIs");
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void WhatLeavesTheClusterIsOnePortAtATimeAndNeverTheMetadataService(string overlay)
    {
        var outside = Policies(overlay).SelectMany(p => p.Spec.Egress ?? [])
            .Where(rule => rule.To?.Any(peer => peer.IpBlock is not null) == true).ToList();
        Assert.NotEmpty(outside);
        Assert.All(outside, rule =>
        {
            Assert.True(rule.Ports is { Count: > 0 }, "an ipBlock rule opens every port");
            Assert.All(rule.To.Where(peer => peer.IpBlock is not null), peer =>
                Assert.Contains("169.254.0.0/16", peer.IpBlock.Except ?? []));
        });
    }

    private static bool Reaches(string overlay, IDictionary<string, string> from, IDictionary<string, string> to, int port) =>
        Policies(overlay).Where(p => p.Spec.PodSelector.Selects(from))
            .SelectMany(p => p.Spec.Egress ?? [])
            .Where(rule => rule.Ports?.Any(p => p.Port.Value == port.ToString()) == true)
            .SelectMany(rule => rule.To ?? [])
            .Any(peer => peer.NamespaceSelector is null && peer.PodSelector?.Selects(to) == true);

    private static List<V1NetworkPolicy> Policies(string overlay) =>
        Overlay.Named(overlay).OfKind("NetworkPolicy").Select(StrictParsing.Parse<V1NetworkPolicy>).ToList();
}
