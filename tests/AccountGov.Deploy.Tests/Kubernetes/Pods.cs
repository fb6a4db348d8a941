using k8s.Models;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>The Deployments of an overlay as typed objects, and the label logic Kubernetes uses to select them.</summary>
public static class Pods
{
    public static IReadOnlyList<V1Deployment> Deployments(this Overlay overlay) =>
        overlay.OfKind("Deployment").Select(StrictParsing.Parse<V1Deployment>).ToList();

    public static IEnumerable<(V1Deployment Deployment, V1Container Container)> Containers(this Overlay overlay) =>
        overlay.Deployments().SelectMany(d => d.Spec.Template.Spec.Containers.Select(c => (d, c)));

    public static IDictionary<string, string> PodLabels(this V1Deployment d) => d.Spec.Template.Metadata.Labels;

    public static bool Selects(this V1LabelSelector? selector, IDictionary<string, string> labels)
    {
        if (selector is null) return true;
        var byLabels = (selector.MatchLabels ?? new Dictionary<string, string>())
            .All(l => labels.TryGetValue(l.Key, out var v) && v == l.Value);
        var byExpressions = (selector.MatchExpressions ?? []).All(e => e.OperatorProperty switch
        {
            "In" => labels.TryGetValue(e.Key, out var v) && e.Values.Contains(v),
            "NotIn" => !labels.TryGetValue(e.Key, out var v) || !e.Values.Contains(v),
            "Exists" => labels.ContainsKey(e.Key),
            "DoesNotExist" => !labels.ContainsKey(e.Key),
            _ => throw new InvalidOperationException($"Unknown selector operator {e.OperatorProperty}."),
        });
        return byLabels && byExpressions;
    }

    public static bool Selects(this IDictionary<string, string>? matchLabels, IDictionary<string, string> labels) =>
        new V1LabelSelector { MatchLabels = matchLabels }.Selects(labels);
}
