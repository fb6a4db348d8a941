using AccountGov.Bench.Driving;
using AccountGov.Bench.Probes;

namespace AccountGov.Bench.Scenarios;

/// <summary>What every scenario shares: the options, the services, this run's raw probes, its id and its figures.</summary>
public sealed class Run(Options options, Api api, Baseline baseline)
{
    public Options Options { get; } = options;
    public Api Api { get; } = api;
    public Baseline Baseline { get; } = baseline;
    public Services Services { get; } = new(options.PidsDirectory);

    /// <summary>Prefix of every handle and staff id this run makes, so its data is told apart from earlier runs'.</summary>
    public string Id { get; } = $"b{DateTime.UtcNow:MMddHHmmss}";
    public List<Figure> Figures { get; } = [];

    public void Add(Figure figure)
    {
        Figures.Add(figure);
        Console.WriteLine($"  {figure.Scenario} {figure.Name}: {figure.Value:0.##} {figure.Unit}");
    }

    public bool Selected(string scenario) => Options.Scenarios.Contains(scenario);
}
