using k8s;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>
/// Kubernetes' own kinds through the KubernetesClient models with strict parsing: an unknown or misspelt field, or
/// a value of the wrong type, throws, as the API server would refuse it.
/// </summary>
public static class StrictParsing
{
    /// <summary>The API groups of the operators' kinds, which <see cref="OperatorSchema"/> checks instead.</summary>
    public static readonly IReadOnlySet<string> OperatorGroups = new HashSet<string> { "postgresql.cnpg.io", "rabbitmq.com" };

    public static object Parse(RenderedObject o)
    {
        var parsed = KubernetesYaml.LoadAllFromString(o.Yaml, typeMap: null, strict: true);
        return parsed.Single();
    }

    public static T Parse<T>(RenderedObject o) => (T)Parse(o);

    public static V1ObjectMeta Metadata(YamlNode node) =>
        KubernetesYaml.Deserialize<V1ObjectMeta>(Text(node), strict: true);

    public static string Text(YamlNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
