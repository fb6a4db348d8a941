using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AccountGov.Bench;

/// <summary>The run's figures as a markdown table for people and JSON for machines.</summary>
public static class Report
{
    public static string Markdown(IReadOnlyList<Figure> figures, IReadOnlyDictionary<string, string> context)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in context) text.Append("- ").Append(key).Append(": ").Append(value).Append('\n');
        text.Append("\n| scenario | figure | value | target | met | raw probe (same run) | probe | ratio |\n");
        text.Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var f in figures)
        {
            var met = f.Met switch { true => "yes", false => "**no**", null => "-" };
            var probe = f.ProbeValue is { } p ? $"{Number(p)} {f.ProbeUnit}" : "-";
            var ratio = f.Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "-";
            text.Append($"| {f.Scenario} | {f.Name} | {Number(f.Value)} {f.Unit} | {f.Target} | {met} | {f.Probe ?? "-"} | {probe} | {ratio} |\n");
        }
        return text.ToString();
    }

    public static string Json(IReadOnlyList<Figure> figures, IReadOnlyDictionary<string, string> context) =>
        JsonSerializer.Serialize(new
        {
            context,
            figures = figures.Select(f => new
            {
                f.Scenario, f.Name, f.Value, f.Unit, f.Target, f.Met, f.Probe, f.ProbeValue, f.ProbeUnit, f.Ratio,
            }),
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });

    private static string Number(double value) =>
        value >= 100 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);
}
