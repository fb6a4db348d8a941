namespace AccountGov.Bench;

/// <summary>
/// One measured figure, beside the raw probe it should be read against (measured in the same run) and the ratio
/// of the two, so a loaded machine shows as a slow probe rather than as a slow system.
/// </summary>
public sealed record Figure(
    string Scenario, string Name, double Value, string Unit, string Target, bool? Met,
    string? Probe = null, double? ProbeValue = null, string? ProbeUnit = null)
{
    /// <summary>Value over the probe's value (a rate as a share of the raw rate; a latency as a multiple of the raw one).</summary>
    public double? Ratio => ProbeValue is > 0 ? Value / ProbeValue : null;

    public static bool AtMost(double value, double limit) => value <= limit;
    public static bool AtLeast(double value, double floor) => value >= floor;
}
