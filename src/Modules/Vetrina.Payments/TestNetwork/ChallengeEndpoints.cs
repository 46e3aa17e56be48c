using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vetrina.Data;

namespace Vetrina.Payments.TestNetwork;

/// <summary>
/// The test network's 3-D Secure page: where a card issuer would ask the shopper to confirm in their banking app,
/// the shopper picks "approve" or "fail". The charge id (96 random bits) is the only key to the page, as with an
/// issuer's challenge URL.
/// </summary>
internal static class ChallengeEndpoints
{
    // Korean and Italian text stays readable in the page source instead of turning into entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IEndpointRouteBuilder MapTestNetworkChallenge(this IEndpointRouteBuilder app)
    {
        app.MapGet("/test-network/challenge/{id}", ShowAsync).ExcludeFromDescription().AllowAnonymous();
        app.MapPost("/test-network/challenge/{id}", AnswerAsync).ExcludeFromDescription().DisableAntiforgery().AllowAnonymous();
        return app;
    }

    private static async Task<IResult> ShowAsync(string id, VetrinaDbContext db, HttpContext http)
    {
        var charge = await TestCardNetwork.FindChallengeAsync(db, id, http.RequestAborted);
        if (charge is null)
        {
            return Results.NotFound();
        }

        var text = ChallengeText.For(charge.Language);
        var html = Encoder;
        http.Response.Headers.CacheControl = "no-store";
        var body = charge.Status == TestChargeStatus.RequiresAction
            ? $"""
              <p>{html.Encode(text.Explain)}</p>
              <dl><dt>{html.Encode(text.Merchant)}</dt><dd>{html.Encode(charge.Description)}</dd>
              <dt>{html.Encode(text.Amount)}</dt><dd>{html.Encode(charge.Amount.Format())}</dd>
              <dt>{html.Encode(text.Card)}</dt><dd>•••• {html.Encode(charge.Last4)}</dd></dl>
              <form method="post"><button name="decision" value="approve">{html.Encode(text.Approve)}</button>
              <button name="decision" value="fail" class="secondary">{html.Encode(text.Fail)}</button></form>
              """
            : $"""<p>{html.Encode(text.Done)}</p><p><a href="{html.Encode(charge.ReturnUrl)}">{html.Encode(text.Back)}</a></p>""";
        return Results.Content($"""
            <!doctype html>
            <html lang="{charge.Language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>{html.Encode(text.Title)}</title>
            <style nonce="{Vetrina.Data.Web.ContentSecurity.NonceOf(http)}">body{"{"}font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a{"}"}
            dl{"{"}display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem{"}"}dd{"{"}margin:0;font-weight:600{"}"}
            button{"{"}font:inherit;padding:.75rem 1.25rem;margin:.25rem .5rem .25rem 0;border:2px solid #1a1a1a;background:#1a1a1a;color:#fff;border-radius:4px{"}"}
            button.secondary{"{"}background:#fff;color:#1a1a1a{"}"}button:focus-visible,a:focus-visible{"{"}outline:3px solid #1c6fd1;outline-offset:2px{"}"}</style></head>
            <body><main><h1>{html.Encode(text.Title)}</h1>{body}</main></body></html>
            """, "text/html; charset=utf-8");
    }

    private static async Task<IResult> AnswerAsync(string id, HttpContext http, TestCardNetwork network)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var decision = form["decision"].ToString();
        if (decision is not ("approve" or "fail"))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Choose approve or fail");
        }

        var back = await network.CompleteChallengeAsync(id, decision == "approve", http.RequestAborted);
        return back is null ? Results.NotFound() : Results.Redirect(back);
    }

    private sealed record ChallengeText(string Title, string Explain, string Merchant, string Amount, string Card, string Approve, string Fail,
        string Done, string Back)
    {
        public static ChallengeText For(string language) => language switch
        {
            "it" => new("Verifica 3-D Secure (rete di prova)", "La tua banca chiede di confermare questo pagamento.", "Esercente", "Importo", "Carta",
                "Approva", "Rifiuta", "Questo pagamento è già stato verificato.", "Torna al negozio"),
            "ko" => new("3-D Secure 인증 (테스트 네트워크)", "카드사에서 이 결제를 확인하도록 요청합니다.", "가맹점", "금액", "카드",
                "승인", "거절", "이미 인증된 결제입니다.", "상점으로 돌아가기"),
            _ => new("3-D Secure check (test network)", "Your bank asks you to confirm this payment.", "Merchant", "Amount", "Card",
                "Approve", "Fail", "This payment has already been checked.", "Back to the shop"),
        };
    }
}
