using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;
using Vetrina.Kernel;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>The storefront's error pages, in the language of the page that failed (its first path segment).</summary>
internal sealed class ErrorsModel : StorePageModel
{
    public int Code { get; private set; }

    /// <summary>What the shopper reads under the title: for a refusal to go faster, how long to wait.</summary>
    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    protected override string LanguageOf(PageHandlerExecutingContext context)
    {
        var original = context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? string.Empty;
        var first = original.TrimStart('/').Split('/')[0];
        return Languages.IsSupported(first) ? first : Languages.Default;
    }

    private void Show(int code)
    {
        // Only error codes have pages: /errors/200 or /errors/12345 is a page that does not exist.
        Code = code is >= 400 and < 600 ? code : 404;
        Response.StatusCode = Code;
        Indexable = false;
        Title = (Code == 404 ? Text.NotFoundTitle : Text.ErrorTitle) + " · Vetrina";
        Explanation = Code switch
        {
            404 => Text.NotFoundText,
            429 when long.TryParse(Response.Headers.RetryAfter, out var seconds) => Text.WaitBeforeRetrying(seconds),
            _ => Text.ErrorText,
        };
    }
}
