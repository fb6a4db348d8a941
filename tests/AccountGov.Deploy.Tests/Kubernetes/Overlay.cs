using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>An overlay rendered once per test run; every test reads the same objects.</summary>
public sealed partial class Overlay
{
    public static readonly TheoryData<string> Names = new() { "trial", "production" };
    private static readonly ConcurrentDictionary<string, Lazy<Overlay>> Rendered = new();

    public IReadOnlyList<RenderedObject> Objects { get; }

    private Overlay(string yaml) =>
        Objects = DocumentSeparator().Split(yaml).Where(d => !string.IsNullOrWhiteSpace(d)).Select(RenderedObject.Parse).ToList();

    public static Overlay Named(string name) =>
        Rendered.GetOrAdd(name, n => new Lazy<Overlay>(() => new Overlay(Repository.Kustomize($"deploy/k8s/overlays/{n}")))).Value;

    public IEnumerable<RenderedObject> OfKind(string kind) => Objects.Where(o => o.Kind == kind);

    public RenderedObject? Find(string kind, string name) => Objects.FirstOrDefault(o => o.Kind == kind && o.Name == name);

    [GeneratedRegex(@"^---\s*$", RegexOptions.Multiline)]
    private static partial Regex DocumentSeparator();
}
