using System.Net;
using Fluid;
using Vetrina.Catalog.Contracts;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Contracts;
using Vetrina.EmailMarketing.Templates;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;

namespace Vetrina.EmailMarketing.Sending;

/// <summary>A rendered email: subject, HTML (tracked, with the legal footer) and text.</summary>
internal sealed record RenderedEmail(string Subject, string Html, string Text);

/// <summary>
/// A campaign ready to render: its template parsed once per language, its product blocks priced once per language and
/// market. Rendering one recipient is then pure work on these: no database, no parsing.
/// </summary>
internal sealed class CampaignRendering
{
    private readonly Dictionary<string, (IFluidTemplate A, IFluidTemplate? B, IFluidTemplate Body, string Preheader)> languages = [];
    // Several SMTP connections render at once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Language, string Market), IReadOnlyList<ProductBlock>> products = [];
    private readonly IReadOnlyList<MarketView> markets;
    private readonly CatalogSnapshot catalog;
    private readonly string[] productCodes;

    public CampaignRendering(EmailCampaign campaign, EmailTemplate template, CatalogSnapshot catalog, IReadOnlyList<MarketView> markets, string publicUrl,
        string brand, EmailOptions options)
    {
        Campaign = campaign;
        this.catalog = catalog;
        this.markets = markets;
        PublicUrl = publicUrl;
        Brand = brand;
        Options = options;
        productCodes = campaign.ProductCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var language in Languages.All)
        {
            languages[language] = (
                Parse(template.Subject.Get(language)),
                campaign.SubjectB is { } b ? Parse(b) : null,
                Parse(template.Body.Get(language)),
                template.Preheader?.Get(language) ?? "");
        }
    }

    public EmailCampaign Campaign { get; }

    public string PublicUrl { get; }

    public string Brand { get; }

    public EmailOptions Options { get; }

    public RenderedEmail Render(EmailSend send, string? firstName, string? lastName)
    {
        var (subjectA, subjectB, body, preheader) = languages[Languages.Normalize(send.Language)];
        var unsubscribe = $"{PublicUrl}/e/u/{send.Token}";
        var model = new MessageModel(send.Email, firstName, lastName, send.Language, send.Country, Brand, PublicUrl, unsubscribe,
            Products(send.Language, send.Country), send.Data is null ? null : FlowData.ToModel(send.Data));
        var variant = send.Variant == 'W' ? Campaign.Winner ?? 'A' : send.Variant;
        var subject = TemplateRenderer.RenderText(variant == 'B' && subjectB is not null ? subjectB : subjectA, model).Trim();
        var html = Document(TemplateRenderer.RenderHtml(body, model), send, preheader, unsubscribe);
        var tracked = TrackedHtml.Apply(html, PublicUrl, send.Token, Campaign.LinkKey);
        return new RenderedEmail(MarketingRules.Subject(subject, send.Country), tracked, HtmlText.From(html));
    }

    private string Document(string body, EmailSend send, string preheader, string unsubscribe)
    {
        var text = OptInText.For(send.Language);
        var sender = WebUtility.HtmlEncode(Options.SenderName ?? Brand);
        var footer = $"<hr><p style=\"font-size:12px;color:#555\">{WebUtility.HtmlEncode(string.Format(System.Globalization.CultureInfo.InvariantCulture, text.FooterWhy, Options.SenderName ?? Brand))}<br>"
            + $"{sender} · {WebUtility.HtmlEncode(Options.PostalAddress)} · {WebUtility.HtmlEncode(Options.From ?? "")}<br>"
            + $"<a href=\"{unsubscribe}\">{WebUtility.HtmlEncode(text.FooterOptOut)}</a></p>";
        var hidden = string.IsNullOrWhiteSpace(preheader) ? "" : $"<div style=\"display:none;max-height:0;overflow:hidden\">{WebUtility.HtmlEncode(preheader)}</div>";
        if (body.Contains("<body", StringComparison.OrdinalIgnoreCase))
        {
            var open = body.IndexOf('>', body.IndexOf("<body", StringComparison.OrdinalIgnoreCase)) + 1;
            var close = body.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            return close < 0 ? body.Insert(open, hidden) + footer : body.Insert(close, footer).Insert(open, hidden);
        }

        return $"<!doctype html><html lang=\"{send.Language}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"></head><body>{hidden}{body}{footer}</body></html>";
    }

    private IReadOnlyList<ProductBlock> Products(string language, string country)
    {
        var market = MarketChoice.For(markets, country, language);
        if (products.TryGetValue((language, market.Code), out var blocks))
        {
            return blocks;
        }

        var list = new List<ProductBlock>();
        foreach (var code in productCodes)
        {
            if (catalog.FindStyleByCode(code) is not { } style || style.Prices.FirstOrDefault(p => p.Market == market.Code) is not { } price)
            {
                continue;
            }

            var image = style.Colourways.SelectMany(c => c.Images).FirstOrDefault();
            list.Add(new ProductBlock(style.Code, style.Name.Get(language), price.SellingPrice.Format(), price.Markdown is null ? null : price.FullPrice.Format(),
                $"{PublicUrl}/{language}/products/{style.Handle.Get(language)}",
                image is null ? null : image.Url.StartsWith("http", StringComparison.Ordinal) ? image.Url : PublicUrl + image.Url, image?.Alt.Get(language)));
        }

        products[(language, market.Code)] = list;
        return list;
    }

    private static IFluidTemplate Parse(string source) =>
        TemplateRenderer.Parse(source) is ({ } template, _) ? template : throw new InvalidOperationException("The template was checked when it was saved.");
}
