using System.Collections.Concurrent;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// One person's browser tab. Every page it lands on is screenshotted (under .run/screenshots/portal) and checked
/// with axe: a serious or critical violation fails the test; every finding is also written to axe-findings.txt.
/// Every page is also searched for a bearer token, which must never reach the browser, and for machine values a
/// person must never read (<see cref="PlainWords"/>).
/// </summary>
public sealed class PortalBrowser(IPage page, string prefix)
{
    public static readonly string Screenshots = ScreenshotFolder();
    private static readonly ConcurrentQueue<string> Findings = new();
    private int shot;

    public IPage Page => page;

    public async Task Open(string path, string name)
    {
        await page.GotoAsync(path);
        await Check(name);
    }

    public async Task Submit(string button, string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Check(name);
    }

    public async Task Follow(string link, string name)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = link }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Check(name);
    }

    /// <summary>Reloads until the text shows: for work that reaches a service over the broker a moment later.</summary>
    public async Task ReloadUntil(string text, string name)
    {
        await AccountGov.Testing.Eventually.True(async () =>
        {
            await page.ReloadAsync();
            return (await page.ContentAsync()).Contains(text);
        }, what: $"'{text}' on {page.Url}");
        await Check(name);
    }

    /// <summary>
    /// <paramref name="clockPaused"/>: the test paused the page's clock (page.Clock). axe waits on timers, so the
    /// clock is moved in small steps while it runs: a few hundred milliseconds of page time, not the seconds a
    /// page timer under test (the reveal's hiding) waits for.
    /// </summary>
    public async Task Check(string name, bool clockPaused = false)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{prefix}-{++shot:00}-{name}.png"), FullPage = true });

        var html = await page.ContentAsync();
        Assert.False(Jwt.IsMatch(html), $"a token in {name}");
        Assert.False(Jwt.IsMatch(page.Url), $"a token in the URL of {name}");
        Assert.DoesNotContain("access_token", page.Url);

        await PlainWords.Check(page, name);

        var axe = clockPaused ? await Ticking(page.RunAxe()) : await page.RunAxe();
        foreach (var v in axe.Violations)
            Findings.Enqueue($"{prefix}/{name} {page.Url}: {v.Impact} {v.Id} ({v.Nodes.Length} nodes): {v.Help}");
        File.WriteAllLines(Path.Combine(Screenshots, "axe-findings.txt"), Findings.ToArray());
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(serious.Count == 0, $"axe on {name} ({page.Url}):\n{string.Join("\n", serious)}");
    }

    private async Task<T> Ticking<T>(Task<T> work)
    {
        while (!work.IsCompleted)
        {
            await page.Clock.RunForAsync(20);
            await Task.WhenAny(work, Task.Delay(50));
        }
        return await work;
    }

    /// <summary>
    /// A JWT's header and payload are both base64url JSON, so each starts "eyJ" and a dot joins them. A bare "eyJ"
    /// turns up by chance in random anti-forgery tokens, which made the old check flaky.
    /// </summary>
    public static readonly System.Text.RegularExpressions.Regex Jwt = new(@"eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}");

    private static string ScreenshotFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AccountGov.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, ".run", "screenshots", "portal");
    }
}
