using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>
/// Checks an operator's object against the fields written down in Schemas/*.yaml (notation in Schemas/readme.md).
/// Returns every error with its path, so one run shows all of them.
/// </summary>
public sealed class OperatorSchema(YamlMappingNode schema)
{
    public static OperatorSchema? For(string apiVersion, string kind) => Loaded.Value.GetValueOrDefault($"{apiVersion}/{kind}");

    private static readonly Lazy<Dictionary<string, OperatorSchema>> Loaded = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Schemas"), "*.yaml")
            .Select(Load)
            .ToDictionary(s => $"{s.Text("apiVersion")}/{s.Text("kind")}", s => new OperatorSchema(s)));

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public IReadOnlyList<string> Check(YamlMappingNode document)
    {
        var errors = new List<string>();
        CheckMapping(schema, document, "", errors, skip: ["apiVersion", "kind"]);
        return errors;
    }

    private static void CheckMapping(YamlMappingNode schema, YamlMappingNode value, string path, List<string> errors, string[]? skip = null)
    {
        var fields = schema.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!.TrimEnd('!'), c => c.Value);
        var required = schema.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Where(k => k.EndsWith('!')).Select(k => k.TrimEnd('!'));
        foreach (var (key, child) in value.Children.Select(c => (((YamlScalarNode)c.Key).Value!, c.Value)))
        {
            if (skip?.Contains(key) == true) continue;
            if (fields.TryGetValue(key, out var expected) || fields.TryGetValue("*", out expected))
                CheckNode(expected, child, $"{path}.{key}", errors);
            else
                errors.Add($"{path}.{key}: not a field of this kind (Schemas/readme.md)");
        }
        errors.AddRange(required.Where(r => value.Get(r) is null).Select(r => $"{path}.{r}: required"));
    }

    private static void CheckNode(YamlNode expected, YamlNode value, string path, List<string> errors)
    {
        switch (expected)
        {
            case YamlMappingNode fields when value is YamlMappingNode map:
                CheckMapping(fields, map, path, errors);
                break;
            case YamlSequenceNode item when value is YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++) CheckNode(item.Children[0], list.Children[i], $"{path}[{i}]", errors);
                break;
            case YamlScalarNode type when CheckScalar(type.Value!, value, path) is { } error:
                errors.Add(error);
                break;
            case YamlScalarNode:
                break;
            default:
                errors.Add($"{path}: expected a {(expected is YamlMappingNode ? "mapping" : "list")}");
                break;
        }
    }

    private static string? CheckScalar(string type, YamlNode value, string path)
    {
        if (type == "objectmeta")
        {
            try { StrictParsing.Metadata(value); return null; }
            catch (Exception e) { return $"{path}: {e.Message}"; }
        }
        if (value is not YamlScalarNode { Value: var text }) return $"{path}: expected {type}, found a {value.NodeType}";
        var quoted = ((YamlScalarNode)value).Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted;
        var ok = type switch
        {
            // Unquoted, 200 or true is a number or a boolean, which a string field refuses.
            "string" => quoted || !(int.TryParse(text, out _) || text is "true" or "false" or "null" or "~"),
            "quantity" => true,
            "int" => !quoted && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            "bool" => !quoted && text is "true" or "false",
            _ when type.StartsWith("enum:", StringComparison.Ordinal) => type[5..].Split('|').Contains(text),
            _ => throw new InvalidOperationException($"Unknown schema type '{type}' at {path}."),
        };
        return ok ? null : $"{path}: '{text}' is not {type}";
    }
}
