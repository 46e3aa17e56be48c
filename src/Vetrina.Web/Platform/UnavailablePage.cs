using System.Net;
using Vetrina.Data.Web;
using Vetrina.Kernel;

namespace Vetrina.Web.Platform;

/// <summary>The page a shopper sees while the database is away: standalone, in the language of the page asked for.</summary>
internal static class UnavailablePage
{
    private static readonly Dictionary<string, (string Title, string Text, string Again)> Texts = new(StringComparer.Ordinal)
    {
        ["en"] = ("The shop will be back in a moment", "We could not load this page just now. Nothing is lost: try again in a few seconds.", "Try again"),
        ["it"] = ("Il negozio torna tra un attimo", "Non siamo riusciti a caricare questa pagina. Non si è perso nulla: riprova tra qualche secondo.", "Riprova"),
        ["ko"] = ("잠시 후 다시 이용하실 수 있습니다", "지금 이 페이지를 불러오지 못했습니다. 저장된 내용은 그대로입니다. 몇 초 후에 다시 시도해 주세요.", "다시 시도"),
    };

    /// <param name="path">The path asked for (the exception handler has already moved the request to its own).</param>
    public static Task WriteAsync(HttpContext http, string path)
    {
        var first = path.TrimStart('/').Split('/')[0];
        var language = Languages.IsSupported(first) ? first : Languages.Default;
        var (title, text, again) = Texts[language];
        var nonce = ContentSecurity.NonceOf(http);
        // The page asked for again, never another site's address ("//host/…" is one).
        var here = WebUtility.HtmlEncode(http.Request.Method == HttpMethods.Get && !path.StartsWith("//", StringComparison.Ordinal)
            ? path + http.Request.QueryString
            : "/" + language);
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync($"""
            <!doctype html>
            <html lang="{language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>{WebUtility.HtmlEncode(title)}</title>
            <style nonce="{nonce}">body{"{"}font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a{"}"}
            a{"{"}display:inline-block;padding:.75rem 1.25rem;background:#1a1a1a;color:#fff;border-radius:4px;text-decoration:none{"}"}
            a:focus-visible{"{"}outline:3px solid #1c6fd1;outline-offset:2px{"}"}</style></head>
            <body><main><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p><p><a href="{here}">{WebUtility.HtmlEncode(again)}</a></p></main></body></html>
            """);
    }
}
