using AccountGov.Custody.Api;
using AccountGov.Custody.Api.Hr;
using AccountGov.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AccountGov.Custody.IntegrationTests.Handovers;

/// <summary>
/// Moves Custody's idea of today (and only that: tokens and the vault keep real time) so a test can pass a leave's
/// start, its end date or a last working day without waiting for it. Not a FakeTimeProvider: the handover clock ticks
/// in real time against this day, and each test puts the day back afterwards, which a FakeTimeProvider refuses.
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void AdvanceDays(int days) => Offset += TimeSpan.FromDays(days);
}

public sealed class HandoverHost(TestEnvironment environment, ShiftableClock clock, IReadOnlyDictionary<string, string?> settings)
    : ServiceHost<CustodyApi>(environment, CustodyModule.ServiceName, settings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton(sp => new CustodyDay(clock, sp.GetRequiredService<IConfiguration>())));
    }
}

/// <summary>Custody with a shiftable day, a fast handover clock, and a listener for what it publishes.</summary>
public sealed class HandoverFixture : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public HandoverHost Custody { get; private set; } = null!;
    public ShiftableClock Clock { get; } = new();
    public Published Published { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("handover");
        Custody = new HandoverHost(Environment, Clock, new Dictionary<string, string?>
        {
            ["Custody:Clock:IntervalSeconds"] = "0.5",
            // Tiny pages, so every clock-driven test also walks the clock's paging.
            ["Custody:Clock:BatchSize"] = "2",
            ["Custody:KeyFile"] = Path.Combine(Path.GetTempPath(), $"{Environment.Name}-kek.json"),
            ["Hr:Batch:InlineRowLimit"] = "20",
            ["Custody:AnticipatedGaps:IntervalSeconds"] = "0.5",
            ["Custody:Reviews:IntervalSeconds"] = "0.5",
        });
        _ = Custody.Server;
        Published = await Published.StartAsync(Environment);
    }

    public async Task DisposeAsync()
    {
        await Published.DisposeAsync();
        await Custody.DisposeAsync();
        await Environment.DisposeAsync();
        File.Delete(Path.Combine(Path.GetTempPath(), $"{Environment.Name}-kek.json"));
    }
}
