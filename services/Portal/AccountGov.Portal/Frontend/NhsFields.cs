using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AccountGov.Portal.Frontend;

/// <summary>
/// NHS.UK form fields (nhsuk-frontend 10 markup): every field has a label, its hint and error are tied to it with
/// aria-describedby, and its id is the one the error summary links to. Errors come from ModelState by field name.
/// </summary>
public static class NhsFields
{
    private static readonly HtmlEncoder Encode = HtmlEncoder.Default;

    public static string Id(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    public static IHtmlContent NhsInput(this IHtmlHelper html, string name, string label, string? value, string? hint = null,
        string? width = null, string? autocomplete = null, string type = "text")
    {
        var (id, error, css) = Parts(html, name, "nhsuk-input");
        var extra = (width is null ? "" : $" nhsuk-input--width-{width}");
        var auto = autocomplete is null ? "" : $" autocomplete=\"{autocomplete}\"";
        return Group(error, Label(id, label) + Hint(id, hint) + ErrorMessage(id, error) +
            $"<input class=\"{css}{extra}\" id=\"{id}\" name=\"{E(name)}\" type=\"{type}\" value=\"{E(value)}\"{auto}{Described(id, hint, error)}>");
    }

    public static IHtmlContent NhsTextarea(this IHtmlHelper html, string name, string label, string? value, string? hint = null, int rows = 4)
    {
        var (id, error, css) = Parts(html, name, "nhsuk-textarea");
        return Group(error, Label(id, label) + Hint(id, hint) + ErrorMessage(id, error) +
            $"<textarea class=\"{css}\" id=\"{id}\" name=\"{E(name)}\" rows=\"{rows}\"{Described(id, hint, error)}>{E(value)}</textarea>");
    }

    public static IHtmlContent NhsSelect(this IHtmlHelper html, string name, string label, string? value,
        IEnumerable<(string Value, string Text)> options, string? hint = null)
    {
        var (id, error, css) = Parts(html, name, "nhsuk-select");
        var items = new StringBuilder("<option value=\"\">Choose</option>");
        foreach (var (v, t) in options)
            items.Append($"<option value=\"{E(v)}\"{(v == value ? " selected" : "")}>{E(t)}</option>");
        return Group(error, Label(id, label) + Hint(id, hint) + ErrorMessage(id, error) +
            $"<select class=\"{css}\" id=\"{id}\" name=\"{E(name)}\"{Described(id, hint, error)}>{items}</select>");
    }

    /// <summary>A question answered Yes or No, as inline radios in a fieldset whose legend is the question.</summary>
    public static IHtmlContent NhsYesNo(this IHtmlHelper html, string name, string legend, bool? value, string? hint = null) =>
        html.NhsRadios(name, legend, value is null ? null : value.Value ? "true" : "false", [("true", "Yes"), ("false", "No")], hint, inline: true);

    public static IHtmlContent NhsRadios(this IHtmlHelper html, string name, string legend, string? value,
        IEnumerable<(string Value, string Text)> options, string? hint = null, bool inline = false)
    {
        var (id, error, _) = Parts(html, name, "");
        var items = new StringBuilder();
        var i = 0;
        foreach (var (v, t) in options)
        {
            var itemId = i++ == 0 ? id : $"{id}-{i}";
            items.Append($"<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"{itemId}\" name=\"{E(name)}\" type=\"radio\" value=\"{E(v)}\"{(v == value ? " checked" : "")}>" +
                         $"<label class=\"nhsuk-label nhsuk-radios__label\" for=\"{itemId}\">{E(t)}</label></div>");
        }
        return Group(error, $"<fieldset class=\"nhsuk-fieldset\"{Described(id, hint, error)}><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{E(legend)}</legend>" +
            Hint(id, hint) + ErrorMessage(id, error) +
            $"<div class=\"nhsuk-radios{(inline ? " nhsuk-radios--inline" : "")}\" data-module=\"nhsuk-radios\">{items}</div></fieldset>");
    }

    /// <summary>One statement the person confirms by ticking it; it posts "true" when ticked and nothing otherwise.</summary>
    public static IHtmlContent NhsCheckbox(this IHtmlHelper html, string name, string label, bool value, string? hint = null)
    {
        var (id, error, _) = Parts(html, name, "");
        return Group(error, ErrorMessage(id, error) + "<div class=\"nhsuk-checkboxes\" data-module=\"nhsuk-checkboxes\"><div class=\"nhsuk-checkboxes__item\">" +
            $"<input class=\"nhsuk-checkboxes__input\" id=\"{id}\" name=\"{E(name)}\" type=\"checkbox\" value=\"true\"{(value ? " checked" : "")}{Described(id, hint, error)}>" +
            $"<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"{id}\">{E(label)}</label>" +
            (hint is null ? "" : $"<div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\"{id}-hint\">{E(hint)}</div>") + "</div></div>");
    }

    private static (string Id, string? Error, string Css) Parts(IHtmlHelper html, string name, string baseCss)
    {
        var id = Id(name);
        var error = html.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage).Distinct())
            : null;
        return (id, error, error is null ? baseCss : $"{baseCss} {baseCss}--error");
    }

    private static HtmlString Group(string? error, string inner) =>
        new($"<div class=\"nhsuk-form-group{(error is null ? "" : " nhsuk-form-group--error")}\">{inner}</div>");

    private static string Label(string id, string label) => $"<label class=\"nhsuk-label\" for=\"{id}\">{E(label)}</label>";
    private static string Hint(string id, string? hint) => hint is null ? "" : $"<div class=\"nhsuk-hint\" id=\"{id}-hint\">{E(hint)}</div>";
    private static string ErrorMessage(string id, string? error) => error is null ? ""
        : $"<span class=\"nhsuk-error-message\" id=\"{id}-error\"><span class=\"nhsuk-u-visually-hidden\">Error: </span>{E(error)}</span>";

    private static string Described(string id, string? hint, string? error)
    {
        var ids = new[] { hint is null ? null : $"{id}-hint", error is null ? null : $"{id}-error" }.Where(x => x is not null).ToArray();
        return ids.Length == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    private static string E(string? value) => Encode.Encode(value ?? "");
}
