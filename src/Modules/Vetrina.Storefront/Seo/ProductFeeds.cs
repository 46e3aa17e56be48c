using System.Globalization;
using System.Text;
using System.Xml;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Inventory.Contracts;

namespace Vetrina.Storefront.Seo;

/// <summary>One SKU as the shopping feeds list it, in one market and language.</summary>
internal sealed record FeedItem(string Id, string GroupId, string Title, string Description, string Link, string? ImageLink, string Availability, Money Price,
    Money? SalePrice, string Gtin, string Color, string Size, string SizeSystem, string Gender, string Material, string? SaleDates = null);

/// <summary>
/// Product feeds for Google Merchant Center (<c>/feeds/google-merchant.xml</c>, RSS 2.0 with the <c>g:</c> namespace)
/// and Meta catalogues (<c>/feeds/meta-catalog.csv</c>), per market and language (<c>?market=KR&amp;language=ko</c>,
/// by default the first market in its own language): one item per SKU of every style sold in the market, grouped by
/// style, with live availability (in stock, backorder, pre-order, out of stock) and the markdown as the sale price.
/// </summary>
internal static class ProductFeeds
{
    private const string GoogleNs = "http://base.google.com/ns/1.0";

    private static readonly string[] MetaColumns =
        ["id", "title", "description", "availability", "condition", "price", "link", "image_link", "brand", "item_group_id", "color", "size", "gender", "age_group",
         "material", "sale_price", "sale_price_effective_date", "gtin"];

    public static IEndpointRouteBuilder MapProductFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/google-merchant.xml", async (HttpContext http, ICatalogSnapshots snapshots, IMarketDirectory markets, IStockAvailability stock,
            IConfiguration configuration) =>
        {
            var (items, market, language, problem) = await ItemsAsync(http, snapshots, markets, stock, configuration);
            return problem ?? SeoEndpoints.Xml(writer =>
            {
                writer.WriteStartElement("rss");
                writer.WriteAttributeString("version", "2.0");
                writer.WriteAttributeString("xmlns", "g", null, GoogleNs);
                writer.WriteStartElement("channel");
                writer.WriteElementString("title", $"{Brand(configuration)} · {market!.Name.Get(language!)}");
                writer.WriteElementString("link", $"{SeoEndpoints.Base(http)}/{language}");
                writer.WriteElementString("description", $"{Brand(configuration)} products for {market.Code} in {language}");
                foreach (var item in items)
                {
                    writer.WriteStartElement("item");
                    Google(writer, "id", item.Id);
                    writer.WriteElementString("title", item.Title);
                    writer.WriteElementString("description", item.Description);
                    writer.WriteElementString("link", item.Link);
                    Google(writer, "image_link", item.ImageLink);
                    Google(writer, "availability", item.Availability);
                    Google(writer, "price", Amount(item.Price));
                    Google(writer, "sale_price", item.SalePrice is { } sale ? Amount(sale) : null);
                    Google(writer, "sale_price_effective_date", item.SaleDates);
                    Google(writer, "brand", Brand(configuration));
                    Google(writer, "gtin", item.Gtin);
                    Google(writer, "condition", "new");
                    Google(writer, "item_group_id", item.GroupId);
                    Google(writer, "color", item.Color);
                    Google(writer, "size", item.Size);
                    Google(writer, "size_system", item.SizeSystem);
                    Google(writer, "gender", item.Gender);
                    Google(writer, "age_group", "adult");
                    Google(writer, "material", item.Material);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }, "application/rss+xml");
        }).ExcludeFromDescription().AllowAnonymous();

        app.MapGet("/feeds/meta-catalog.csv", async (HttpContext http, ICatalogSnapshots snapshots, IMarketDirectory markets, IStockAvailability stock,
            IConfiguration configuration) =>
        {
            var (items, _, _, problem) = await ItemsAsync(http, snapshots, markets, stock, configuration);
            if (problem is not null)
            {
                return problem;
            }

            var text = new StringWriter(CultureInfo.InvariantCulture);
            await using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
            {
                foreach (var column in MetaColumns)
                {
                    csv.WriteField(column);
                }

                await csv.NextRecordAsync();
                foreach (var item in items)
                {
                    // Meta's words for availability differ from Google's.
                    var availability = item.Availability switch { "in_stock" => "in stock", "out_of_stock" => "out of stock", "backorder" => "available for order", _ => item.Availability };
                    foreach (var field in new[] { item.Id, item.Title, item.Description, availability, "new", Amount(item.Price), item.Link, item.ImageLink ?? "",
                        Brand(configuration), item.GroupId, item.Color, item.Size, item.Gender, "adult", item.Material, item.SalePrice is { } sale ? Amount(sale) : "", item.SaleDates ?? "", item.Gtin })
                    {
                        csv.WriteField(field);
                    }

                    await csv.NextRecordAsync();
                }
            }

            return Results.Text(text.ToString(), "text/csv", Encoding.UTF8);
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static async Task<(IReadOnlyList<FeedItem> Items, MarketView? Market, string? Language, IResult? Problem)> ItemsAsync(HttpContext http,
        ICatalogSnapshots snapshots, IMarketDirectory markets, IStockAvailability stock, IConfiguration configuration)
    {
        var all = await markets.AllAsync(http.RequestAborted);
        var code = http.Request.Query["market"].ToString();
        var market = code.Length == 0 ? all[0] : all.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase));
        if (market is null)
        {
            return ([], null, null, Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such market",
                detail: $"Feeds exist for the markets {string.Join(", ", all.Select(m => m.Code))}: ?market={all[0].Code}"));
        }

        var language = http.Request.Query["language"].ToString();
        language = language.Length == 0 ? market.DefaultLanguage : language;
        if (!Languages.IsSupported(language))
        {
            return ([], null, null, Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such language",
                detail: $"Feeds are written in {string.Join(", ", Languages.All)}: &language={market.DefaultLanguage}"));
        }

        var snapshot = await snapshots.GetAsync(http.RequestAborted);
        var styles = snapshot.Styles.Where(s => s.PriceIn(market.Code) is not null && s.Lifecycle is not (Lifecycle.Draft or Lifecycle.Archived)).ToList();
        var stockOf = await stock.OnlineAsync([.. styles.SelectMany(s => s.Skus).Select(k => k.Id)], http.RequestAborted);
        var root = SeoEndpoints.Base(http);
        var items = new List<FeedItem>();
        foreach (var style in styles)
        {
            var price = style.PriceIn(market.Code)!;
            var chart = SizeChart.For(style.SizeType);
            foreach (var colourway in style.Colourways)
            {
                var image = colourway.Images.Count > 0 ? colourway.Images[0].Url : null;
                foreach (var sku in colourway.Skus)
                {
                    var available = stockOf.GetValueOrDefault(sku.Id, SkuStock.None);
                    items.Add(new FeedItem(
                        sku.Code,
                        style.Code,
                        $"{style.Name.Get(language)} · {colourway.Name.Get(language)} · {sku.Size}",
                        style.Description.Get(language),
                        $"{root}/{language}/products/{Uri.EscapeDataString(style.Handle.Get(language))}?colour={Uri.EscapeDataString(colourway.Code)}",
                        image is null ? null : image.StartsWith("http", StringComparison.Ordinal) ? image : root + image,
                        !style.IsPurchasable || style.IsPreorder ? "preorder" : available.InStock > 0 ? "in_stock" : available.Sellable > 0 ? "backorder" : "out_of_stock",
                        new Money(price.Full, price.Currency),
                        price.Markdown is { } markdown ? new Money(markdown, price.Currency) : null,
                        sku.Gtin,
                        colourway.Name.Get(language),
                        sku.Size,
                        chart.BaseSystem.ToString().ToUpperInvariant(),
                        style.Gender switch { Gender.Women => "female", Gender.Men => "male", _ => "unisex" },
                        style.MainFibre.ToString().ToLowerInvariant(),
                        price.Markdown is null ? null : SaleDates(style, snapshot)));
                }
            }
        }

        return (items, market, language, null);
    }

    /// <summary>
    /// When a markdown applies, as Google's ISO 8601 interval: from the day it started to the end of its season (a fashion
    /// markdown lasts the season's sale), or thirty days on when the season has already ended.
    /// </summary>
    private static string? SaleDates(StyleView style, CatalogSnapshot snapshot)
    {
        if (style.MarkdownSince is not { } since)
        {
            return null;
        }

        var seasonEnd = snapshot.FindSeason(style.SeasonId)?.EndsOn is { } ends ? new DateTimeOffset(ends.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero) : (DateTimeOffset?)null;
        var end = seasonEnd is { } last && last > since ? last : since.AddDays(30);
        return $"{since.UtcDateTime:yyyy-MM-dd'T'HH:mm}+0000/{end.UtcDateTime:yyyy-MM-dd'T'HH:mm}+0000";
    }

    private static void Google(XmlWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteElementString("g", name, GoogleNs, value);
        }
    }

    /// <summary>Google's and Meta's price format: "129.00 EUR", "129000 KRW".</summary>
    private static string Amount(Money money) => $"{money.ToAmountString()} {money.Currency.Code}";

    private static string Brand(IConfiguration configuration) => configuration["Vetrina:Brand:Name"] ?? "Vetrina";
}
