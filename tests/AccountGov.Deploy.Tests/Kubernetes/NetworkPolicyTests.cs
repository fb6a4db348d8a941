using k8s.Models;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>Ingress is denied by default; the Portal and the ingress controller reach the APIs, and only the APIs
/// reach PostgreSQL and RabbitMQ.</summary>
public class NetworkPolicyTests
{
    private static readonly string[] Apis = ["account-requests", "approvals", "custody", "notifications"];

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void IngressIsDeniedByDefaultAndEveryPodIsReachableThroughSomePolicy(string overlay)
    {
        var policies = Policies(overlay);
        var pods = Overlay.Named(overlay).Deployments().Select(d => d.PodLabels());

        Assert.Contains(policies, p => p.Spec.PodSelector.MatchLabels is null && p.Spec.PodSelector.MatchExpressions is null
                                       && p.Spec.PolicyTypes.Contains("Ingress") && p.Spec.Ingress is null);
        Assert.All(pods, labels => Assert.Contains(policies, p => p.Spec.Ingress is not null && p.Spec.PodSelector.Selects(labels)));
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void OnlyThePortalAndTheIngressControllerReachTheApis(string overlay)
    {
        var api = Overlay.Named(overlay).Deployments().First(d => d.Name() == "custody").PodLabels();

        var peers = Peers(overlay, api).ToList();

        Assert.NotEmpty(peers);
        Assert.All(peers, peer => Assert.True(
            Label(peer.PodSelector, "app.kubernetes.io/name") == "portal" && peer.NamespaceSelector is null
            || Label(peer.NamespaceSelector, "kubernetes.io/metadata.name") == "ingress-nginx" && peer.PodSelector is null,
            "an API admits a peer that is neither the Portal nor the ingress controller"));
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void OnlyTheApisReachPostgresAndTheBrokerFromThisNamespace(string overlay)
    {
        var rendered = Overlay.Named(overlay);
        var postgres = new Dictionary<string, string> { ["cnpg.io/cluster"] = rendered.OfKind("Cluster").Single().Name };
        var broker = new Dictionary<string, string> { ["app.kubernetes.io/name"] = rendered.OfKind("RabbitmqCluster").Single().Name };
        var portal = rendered.Deployments().Single(d => d.Name() == "portal").PodLabels();

        foreach (var (server, port) in new[] { (postgres, 5432), (broker, 5672) })
        {
            var local = Peers(overlay, server, port).Where(p => p.NamespaceSelector is null && p.PodSelector is not null).ToList();
            Assert.DoesNotContain(local, p => p.PodSelector.Selects(portal));
            Assert.All(Apis, name => Assert.Contains(local, p => p.PodSelector.Selects(rendered.Deployments().Single(d => d.Name() == name).PodLabels())));
            Assert.All(local, p => Assert.True(Apis.Any(a => p.PodSelector.Selects(rendered.Deployments().Single(d => d.Name() == a).PodLabels()))
                                               || p.PodSelector.Selects(server), "a pod that is neither an API nor a peer server is admitted"));
        }
    }

    private static string? Label(V1LabelSelector? selector, string key) =>
        selector?.MatchLabels is { } labels && labels.TryGetValue(key, out var value) ? value : null;

    private static List<V1NetworkPolicy> Policies(string overlay) =>
        Overlay.Named(overlay).OfKind("NetworkPolicy").Select(StrictParsing.Parse<V1NetworkPolicy>).ToList();

    private static IEnumerable<V1NetworkPolicyPeer> Peers(string overlay, IDictionary<string, string> target, int? port = null) =>
        Policies(overlay).Where(p => p.Spec.PodSelector.Selects(target))
            .SelectMany(p => p.Spec.Ingress ?? [])
            .Where(rule => port is null || rule.Ports?.Any(p => p.Port.Value == port.ToString()) == true)
            .SelectMany(rule => rule.FromProperty ?? []);
}
