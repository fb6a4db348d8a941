using System.Diagnostics;
using System.Runtime.InteropServices;
using AccountGov.Bench;
using AccountGov.Bench.Driving;
using AccountGov.Bench.Probes;
using AccountGov.Bench.Scenarios;

// `make bench [SCENARIO=p2] [QUICK=1]`: the raw probes first, then each scenario against the running system,
// then one table (every figure beside its probe) and the same as JSON.
var options = Options.Parse(args);
var startLoad = LoadAverage();
Console.WriteLine($"scenarios {string.Join(',', options.Scenarios)}{(options.Quick ? " (quick sizes)" : "")}; load average {LoadAverage()}");
var clock = Stopwatch.StartNew();
var baseline = await Baseline.Measure(options);
foreach (var (name, value) in baseline.Describe()) Console.WriteLine($"  probe {name}: {value}");

using var api = new Api(options);
await api.SignIn();
var run = new Run(options, api, baseline);
if (run.Selected("p1") || run.Selected("p6")) await Step("P1/P6 HR file", () => Handovers.Measure(run));
if (run.Selected("p2") || run.Selected("p5")) await Step("P2/P5 nominal load", () => HopsAndMemory.Measure(run));
if (run.Selected("p3")) await Step("P3 submissions at 32 connections", () => Submissions.Measure(run));
if (run.Selected("p4")) await Step("P4 forwarder burst", () => ForwarderBurst.Measure(run));
if (run.Selected("p4")) await Step("P4 the forwarder alone", () => ForwarderAlone.Measure(run));

var context = new Dictionary<string, string>
{
    ["run"] = $"{run.Id}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {clock.Elapsed.TotalSeconds:F0} s{(options.Quick ? ", quick sizes" : "")}",
    ["machine"] = $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}",
    ["load average (start → end)"] = $"{startLoad} → {LoadAverage()}",
};
foreach (var (name, value) in baseline.Describe()) context[name] = value;
Console.WriteLine();
Console.WriteLine(Report.Markdown(run.Figures, context));
var json = Report.Json(run.Figures, context);
if (options.JsonPath is { } path) await File.WriteAllTextAsync(path, json);
else Console.WriteLine(json);
return run.Figures.Any(f => f.Met == false) ? 2 : 0;

async Task Step(string name, Func<Task> scenario)
{
    var (waited, cpu) = await run.Services.Settle(TimeSpan.FromMinutes(5));
    Console.WriteLine($"{name} (load average {LoadAverage()}; waited {waited.TotalSeconds:F0} s for the services to settle, now {cpu:F0}% of a core)");
    var cpuBefore = run.Services.CpuSeconds();
    var started = Stopwatch.StartNew();
    try { await scenario(); }
    catch (Exception ex) { Console.WriteLine($"  {name} failed: {ex.GetType().Name}: {ex.Message}"); run.Figures.Add(new Figure(name, "scenario failed", 1, "", "ran", false)); }
    var ran = started.Elapsed;
    // Where the CPU went, the aftermath included (emails still going out, consumers catching up): until quiet again.
    var (after, _) = await run.Services.Settle(TimeSpan.FromMinutes(5));
    var scenarioName = name.Split(' ')[0];
    foreach (var (process, seconds) in run.Services.CpuSeconds())
        if (cpuBefore.TryGetValue(process, out var before) && seconds - before >= 0.5)
            run.Add(new Figure(scenarioName, $"CPU used in {ran.TotalSeconds:F0} s + {after.TotalSeconds:F0} s to settle: {process}",
                seconds - before, "s", "-", null));
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
