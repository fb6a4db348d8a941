using System.Diagnostics.Metrics;
using AccountGov.Approvals.Api;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Reminding;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;
using Marten;

namespace AccountGov.Approvals.IntegrationTests;

/// <summary>
/// A deadline sweep with more due cases than one batch, one of which cannot be read: the unreadable case is logged
/// by id and counted, and every other case is reminded in the same pass.
/// </summary>
public sealed class PoisonedSweepTests : IAsyncLifetime
{
    private const int Cases = 5;
    private TestEnvironment environment = null!;
    private ServiceHost<ApprovalsApi> host = null!;

    public async Task InitializeAsync()
    {
        environment = await TestEnvironment.CreateAsync("poisonsweep");
        host = new ServiceHost<ApprovalsApi>(environment, ApprovalsModule.ServiceName, new Dictionary<string, string?>
        {
            ["Approvals:SweepEnabled"] = "false",
            ["Approvals:SweepBatchSize"] = "2",
        });
        await host.WaitUntilReady();
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await environment.DisposeAsync();
    }

    [Fact]
    public async Task GivenMoreDueCasesThanABatchAndOneUnreadable_WhenTheSweepRuns_ThenEveryOtherCaseIsRemindedAndTheBadOneCounted()
    {
        var ids = Enumerable.Range(0, Cases).Select(_ => Guid.CreateVersion7()).ToArray();
        foreach (var id in ids) await new Requests(host).Publish(Requests.Submission(id));
        var opened = await Task.WhenAll(ids.Select(id => Load(id, c => c is not null)));
        var poisoned = ids[0];
        await Corrupt(poisoned);

        using var skipped = new SkippedCounter(host.Get<IMeterFactory>());
        var dueDay = opened.Max(c => c.DueBy!.Value);
        var recorded = await host.Get<DeadlineSweep>().RunAsync(new(dueDay.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), default);

        Assert.Equal(Cases - 1, recorded);
        foreach (var id in ids.Skip(1))
            Assert.Equal(CaseAlertKind.Reminder, Assert.Single((await Load(id, c => c is not null)).Alerts).Kind);
        Assert.Equal(1, skipped.Total);
        var line = Assert.Single(host.Logs.Lines, l => l.Contains("passed over case"));
        Assert.Contains(poisoned.ToString(), line);
        Assert.DoesNotContain("Paediatric", line);
        Assert.DoesNotContain(Personas.NameOf(Personas.Rita), line);
    }

    /// <summary>The case's snapshot no longer deserialises, as after a bad hand edit or an incompatible change.</summary>
    private async Task Corrupt(Guid id)
    {
        await using var session = host.Get<IDocumentStore>().LightweightSession();
        session.QueueSqlCommand("update mt_doc_case set data = jsonb_set(data, '{stages}', '\"unreadable\"') where id = ?", id);
        await session.SaveChangesAsync();
    }

    private Task<Case> Load(Guid id, Func<Case?, bool> until) => Eventually.Get(async () =>
    {
        await using var session = host.Get<IDocumentStore>().QuerySession();
        return await session.LoadAsync<Case>(id);
    }, until, what: $"case {id}");

    /// <summary>Listens to this host's meters only: other test classes in the process have their own.</summary>
    private sealed class SkippedCounter : IDisposable
    {
        private readonly MeterListener listener = new();
        private long total;

        public SkippedCounter(IMeterFactory meters)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Name == "accountgov.approvals.deadline_sweep.skipped")
                    l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref total, value));
            listener.Start();
        }

        public long Total => Interlocked.Read(ref total);

        public void Dispose() => listener.Dispose();
    }
}
