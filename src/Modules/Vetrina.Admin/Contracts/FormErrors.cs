using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Vetrina.Admin.Contracts;

/// <summary>Field messages for pages with several small forms, where one model's validation summary would not fit.</summary>
public static class FormErrors
{
    public static IReadOnlyList<string> For(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    /// <summary>The message, with an id that the field's aria-describedby points at.</summary>
    public static IHtmlContent Message(ModelStateDictionary state, string key)
    {
        var errors = For(state, key);
        return errors.Count == 0
            ? HtmlString.Empty
            : new HtmlString($"<span class=\"error\" id=\"{WebUtility.HtmlEncode(key)}-error\">{WebUtility.HtmlEncode(string.Join(" ", errors))}</span>");
    }

    public static string? DescribedBy(ModelStateDictionary state, string key) => For(state, key).Count > 0 ? $"{key}-error" : null;

    public static string? Invalid(ModelStateDictionary state, string key) => For(state, key).Count > 0 ? "true" : null;
}
