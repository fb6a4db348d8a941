using k8s;
using k8s.Models;

namespace AccountGov.Deploy.Tests.Kubernetes;

/// <summary>Every rendered object is a kind we know, with only fields that kind has, of the right types.</summary>
public class SchemaTests
{
    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void EveryRenderedObjectParsesStrictlyOrMatchesItsOperatorSchema(string overlay)
    {
        var objects = Overlay.Named(overlay).Objects;

        var errors = objects.SelectMany(Check).ToList();

        Assert.NotEmpty(objects);
        Assert.Empty(errors);
    }

    [Fact]
    public void GivenAMisspeltField_WhenParsedStrictly_ThenItIsRefused()
    {
        var deployment = RenderedObject.Parse("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: typo }
            spec: { replica: 2, selector: { matchLabels: { a: b } }, template: { spec: { containers: [] } } }
            """);

        Assert.NotEmpty(Check(deployment));
    }

    [Fact]
    public void GivenAnOperatorObjectWithAnUnknownFieldOrAWrongType_WhenChecked_ThenBothAreReported()
    {
        var cluster = RenderedObject.Parse("""
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: { name: pg }
            spec: { instance: 3, enableSuperuserAccess: "no", postgresql: { parameters: { max_connections: 200 } } }
            """);

        var errors = Check(cluster);

        Assert.Contains(errors, e => e.Contains(".spec.instance: not a field", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains(".spec.instances: required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains(".spec.enableSuperuserAccess", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("max_connections", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenAKindNobodyKnows_WhenChecked_ThenItIsRefused()
    {
        var unknown = RenderedObject.Parse("apiVersion: rabbitmq.com/v1beta1\nkind: Shovel\nmetadata: { name: s }\n");

        Assert.NotEmpty(Check(unknown));
    }

    private static IEnumerable<string> Check(RenderedObject o)
    {
        if (StrictParsing.OperatorGroups.Contains(o.Group))
        {
            return OperatorSchema.For(o.ApiVersion, o.Kind) is { } schema
                ? schema.Check(o.Root).Select(e => $"{o}: {e}")
                : [$"{o}: no schema in Schemas/ for {o.ApiVersion} {o.Kind}"];
        }
        try
        {
            return StrictParsing.Parse(o) is IKubernetesObject<V1ObjectMeta> ? [] : [$"{o}: not a Kubernetes object"];
        }
        catch (Exception e)
        {
            return [$"{o}: {e.GetBaseException().Message}"];
        }
    }
}
