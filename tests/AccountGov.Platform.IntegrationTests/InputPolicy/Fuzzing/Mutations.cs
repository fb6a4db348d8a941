using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace AccountGov.Platform.IntegrationTests.InputPolicy.Fuzzing;

/// <summary>One generated request: its path, body bytes and media type.</summary>
public sealed record FuzzInput(string Path, byte[] Body, string ContentType)
{
    public override string ToString() =>
        $"{Path} {ContentType} {Nasty.Quote(Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300)))}";

    public static FuzzInput Json(string path, string json) => new(path, Encoding.UTF8.GetBytes(json), "application/json");
}

/// <summary>
/// Bodies made from a valid template: some kept valid (so accepted paths run too), most with one to three values
/// replaced by hostile tokens or removed, and some replaced whole by something that is not the body at all.
/// </summary>
public static class Mutations
{
    private static readonly Gen<string> WholeBodies = Gen.OneOf(
        "", "null", "[]", "\"text\"", "{", "{\"a\":", "{}", "\u0000", "{\"x\":\"\\u0000\"}", "[{}]",
        string.Concat(Enumerable.Repeat("{\"a\":", 300)) + "1" + new string('}', 300));

    public static Gen<string> Of(JsonObject template)
    {
        var leaves = Leaves(template, "").ToArray();
        var mutated =
            from count in Gen.Int[1, 3]
            from picks in Gen.Int[0, leaves.Length - 1].Array[count]
            from tokens in Nasty.Token.Array[count]
            from remove in Gen.Int[0, 9]
            select Replace(template, picks.Select(p => leaves[p]).ToArray(), tokens, remove == 0);
        var extra = Nasty.Token.Select(t => template.ToJsonString().TrimEnd('}') + ",\"unexpected\u00e9\":" + t + "}");
        return Gen.Frequency(
            (2, Gen.Const(template.ToJsonString())),
            (14, mutated),
            (1, extra),
            (2, WholeBodies));
    }

    private static string Replace(JsonObject template, string[] paths, string[] tokens, bool removeInstead)
    {
        var copy = template.DeepClone().AsObject();
        for (var i = 0; i < paths.Length; i++)
        {
            var (parent, key) = Locate(copy, paths[i]);
            if (parent is JsonObject o) { if (removeInstead) o.Remove(key); else o[key] = $"__FUZZ{i}__"; }
            else if (parent is JsonArray a && int.TryParse(key, out var index) && index < a.Count) a[index] = $"__FUZZ{i}__";
        }
        var json = copy.ToJsonString();
        for (var i = 0; i < paths.Length; i++) json = json.Replace($"\"__FUZZ{i}__\"", tokens[i]);
        return json;
    }

    private static IEnumerable<string> Leaves(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => Leaves(p.Value, $"{path}/{p.Key}")).Prepend(path).Where(p => p.Length > 0),
        JsonArray a => a.SelectMany((v, i) => Leaves(v, $"{path}/{i}")).Prepend(path),
        _ => [path],
    };

    private static (JsonNode? Parent, string Key) Locate(JsonObject root, string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        JsonNode? parent = root;
        foreach (var part in parts[..^1])
            parent = parent switch
            {
                JsonArray a when int.TryParse(part, out var i) && i < a.Count => a[i],
                JsonObject o => o[part],
                _ => null,
            };
        return (parent, parts[^1]);
    }
}
