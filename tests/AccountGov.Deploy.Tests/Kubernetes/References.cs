using System.Text.RegularExpressions;
using k8s.Models;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>Every ConfigMap and Secret a pod or an operator object names, and who makes each Secret.</summary>
public static partial class References
{
    public sealed record Reference(string Kind, string Name, string? Key, string From);

    public static IEnumerable<Reference> Of(Overlay overlay)
    {
        foreach (var (d, c) in overlay.Containers())
        {
            var from = d.Name();
            foreach (var e in c.Env ?? [])
            {
                if (e.ValueFrom?.ConfigMapKeyRef is { } cm) yield return new("ConfigMap", cm.Name, cm.Key, from);
                if (e.ValueFrom?.SecretKeyRef is { } s) yield return new("Secret", s.Name, s.Key, from);
            }
            foreach (var e in c.EnvFrom ?? [])
            {
                if (e.ConfigMapRef is { } cm) yield return new("ConfigMap", cm.Name, null, from);
                if (e.SecretRef is { } s) yield return new("Secret", s.Name, null, from);
            }
        }
        foreach (var d in overlay.Deployments())
            foreach (var v in d.Spec.Template.Spec.Volumes ?? [])
            {
                if (v.Secret is { } s) foreach (var item in s.Items ?? []) yield return new("Secret", s.SecretName, item.Key, d.Name());
                if (v.ConfigMap is { } cm) yield return new("ConfigMap", cm.Name, null, d.Name());
            }
        foreach (var cluster in overlay.OfKind("Cluster"))
            foreach (var role in cluster.Root.Map("spec").Map("managed").Maps("roles"))
                yield return new("Secret", role.Map("passwordSecret").Text("name"), null, cluster.ToString());
        foreach (var ingress in overlay.OfKind("Ingress").Select(StrictParsing.Parse<V1Ingress>))
            foreach (var tls in ingress.Spec.Tls ?? [])
                yield return new("Secret", tls.SecretName, null, $"Ingress/{ingress.Name()}");
    }

    /// <summary>Secrets the operators make: CloudNativePG's CA per Cluster, the topology operator's per User.</summary>
    public static ISet<string> OperatorGenerated(Overlay overlay) =>
        overlay.OfKind("Cluster").Select(c => c.Name + "-ca")
            .Concat(overlay.OfKind("User").Select(u => u.Name + "-user-credentials"))
            .ToHashSet();

    /// <summary>The Secrets a person creates, as deploy/k8s/readme.md lists them (rows whose "made by" says "you").</summary>
    public static IReadOnlyList<Regex> SuppliedByYou { get; } = File.ReadLines(Repository.PathOf("deploy/k8s/readme.md"))
        .Select(line => SecretRow().Match(line))
        .Where(m => m.Success && m.Groups["by"].Value.Contains("you", StringComparison.Ordinal))
        .Select(m => new Regex("^" + Regex.Escape(m.Groups["name"].Value).Replace("<service>", "[a-z-]+") + "$"))
        .ToList();

    [GeneratedRegex(@"^\| `(?<name>[a-z<>-]+)`[^|]*\| (?<by>[^|]+) \|")]
    private static partial Regex SecretRow();
}
