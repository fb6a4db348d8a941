using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// What a person reads on a Portal page is plain English: no ISO 8601 timestamp, no enum or event name such as
/// <c>StoredIt</c> or <c>DpiaChangesRequested</c>, and the tab of the page they are on is marked as current.
/// Only the visible text counts: data attributes and form values may hold machine values.
/// </summary>
public static partial class PlainWords
{
    /// <summary>
    /// Every enum value of the services' contracts that is not one English word (<c>OnLeave</c>, not <c>Approved</c>),
    /// and the event names the services write into histories as text.
    /// </summary>
    public static readonly IReadOnlyList<string> MachineNames =
        new[] { typeof(AccountGov.Custody.Contracts.ExposureKind), typeof(AccountGov.Approvals.Contracts.StageName),
                typeof(AccountGov.AccountRequests.Contracts.Http.RequestStatus), typeof(AccountGov.AccountRequests.Contracts.CustodianRole) }
            .Select(t => t.Assembly).Distinct()
            .SelectMany(a => a.GetExportedTypes()).Where(t => t.IsEnum).SelectMany(Enum.GetNames)
            .Concat(["DpiaAttached", "DpiaAccepted", "DpiaChangesRequested", "SponsorReplaced", "LeaveBooked", "LeaveCancelled", "LeavingCancelled"])
            .Where(n => Compound().IsMatch(n)).Distinct().ToList();

    public static async Task Check(IPage page, string name)
    {
        var url = new Uri(page.Url);
        var text = await page.Locator("body").InnerTextAsync();
        var stamp = IsoTimestamp().Match(text);
        Assert.False(stamp.Success, $"a machine timestamp '{stamp.Value}' on {name} ({page.Url})");
        var raw = MachineNames.Where(n => Regex.IsMatch(text, $@"\b{n}\b")).ToList();
        Assert.True(raw.Count == 0, $"machine names on {name} ({page.Url}): {string.Join(", ", raw)}");
        await CurrentTab(page, url, name);
    }

    /// <summary>In a set of tabs, the link to this very page says so (aria-current), and no other does.</summary>
    private static async Task CurrentTab(IPage page, Uri url, string name)
    {
        var tabs = await page.Locator(".portal-tabs a").AllAsync();
        var states = new List<(string Href, bool Here, bool Marked)>();
        foreach (var tab in tabs)
        {
            var href = await tab.GetAttributeAsync("href") ?? "";
            states.Add((href, new Uri(url, href).PathAndQuery == url.PathAndQuery, await tab.GetAttributeAsync("aria-current") == "page"));
        }
        if (!states.Any(s => s.Here)) return; // a page reached by a form post has no tab of its own
        var wrong = states.Where(s => s.Here != s.Marked).Select(s => s.Href).ToList();
        Assert.True(wrong.Count == 0, $"tabs wrongly marked current or not on {name} ({page.Url}): {string.Join(", ", wrong)}");
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex IsoTimestamp();

    [GeneratedRegex(@"^[A-Z][a-z]+[A-Z]")]
    private static partial Regex Compound();
}
