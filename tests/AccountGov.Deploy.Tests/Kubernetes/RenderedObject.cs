using YamlDotNet.RepresentationModel;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>One object of a rendered overlay: its YAML text and its parsed tree.</summary>
public sealed record RenderedObject(string ApiVersion, string Kind, string Name, string Yaml, YamlMappingNode Root)
{
    public string Group => ApiVersion.Contains('/') ? ApiVersion[..ApiVersion.IndexOf('/')] : "";

    public override string ToString() => $"{Kind}/{Name}";

    public static RenderedObject Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return new RenderedObject(root.Text("apiVersion"), root.Text("kind"), root.Map("metadata").Text("name"), yaml, root);
    }
}

/// <summary>Small readers over YamlDotNet's tree, so checks read like the manifests they check.</summary>
public static class YamlTree
{
    public static YamlNode? Get(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string Text(this YamlMappingNode node, string key) =>
        (node.Get(key) as YamlScalarNode)?.Value ?? throw new InvalidOperationException($"No '{key}' in {node.Start}.");

    public static string? TextOrNull(this YamlMappingNode node, string key) => (node.Get(key) as YamlScalarNode)?.Value;

    public static YamlMappingNode Map(this YamlMappingNode node, string key) => node.Get(key) as YamlMappingNode ?? new YamlMappingNode();

    public static IEnumerable<YamlMappingNode> Maps(this YamlMappingNode node, string key) =>
        (node.Get(key) as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [];

    public static IEnumerable<string> Texts(this YamlMappingNode node, string key) =>
        (node.Get(key) as YamlSequenceNode)?.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "") ?? [];
}
