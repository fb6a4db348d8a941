using YamlDotNet.RepresentationModel;
using AccountGov.Deploy.Tests.Kubernetes;

namespace AccountGov.Deploy.Tests.Compose;

/// <summary>docker-compose.yml as Compose reads it: YAML with its merge keys (&lt;&lt;: *service) resolved.</summary>
public static class ComposeFile
{
    public static YamlMappingNode Root { get; } = Load(File.ReadAllText(Repository.PathOf("docker-compose.yml")));

    public static IReadOnlyDictionary<string, YamlMappingNode> Services =>
        Root.Map("services").Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => (YamlMappingNode)c.Value);

    /// <summary>The services built from this repository (the apps), as opposed to the images it runs beside them.</summary>
    public static IEnumerable<KeyValuePair<string, YamlMappingNode>> Apps => Services.Where(s => s.Value.Get("build") is not null);

    public static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)Merge(stream.Documents[0].RootNode);
    }

    /// <summary>
    /// Resolves merge keys as Compose does: the mapping's own keys win over merged ones. (YamlDotNet's MergingParser
    /// emits both, which its own tree then refuses as duplicate keys.)
    /// </summary>
    private static YamlNode Merge(YamlNode node) => node switch
    {
        YamlMappingNode map => MergeMapping(map),
        YamlSequenceNode list => new YamlSequenceNode(list.Children.Select(Merge)),
        _ => node,
    };

    private static YamlMappingNode MergeMapping(YamlMappingNode map)
    {
        var merged = new YamlMappingNode();
        foreach (var (key, value) in map.Children.Where(c => ((YamlScalarNode)c.Key).Value != "<<"))
            merged.Add(key, Merge(value));
        if (map.Get("<<") is { } source)
        {
            var sources = source is YamlSequenceNode many ? many.Children : [source];
            foreach (var (key, value) in sources.Select(Merge).OfType<YamlMappingNode>().SelectMany(m => m.Children))
                if (!merged.Children.ContainsKey(key)) merged.Add(key, value);
        }
        return merged;
    }

    public static IEnumerable<string> Keys(this YamlMappingNode node, string key) =>
        node.Get(key) switch
        {
            YamlMappingNode map => map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!),
            YamlSequenceNode list => list.Children.Select(c => ((YamlScalarNode)c).Value!),
            _ => [],
        };
}
