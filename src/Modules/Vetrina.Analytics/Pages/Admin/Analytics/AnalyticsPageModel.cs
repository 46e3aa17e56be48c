using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vetrina.Admin.Contracts;
using Vetrina.Analytics;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Reporting;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;

namespace Vetrina.Analytics.Pages.Admin.Analytics;

/// <summary>
/// What every dashboard page shares: the date range and filters read from the query string (checked, with a message
/// for each bad field), and CSV export of any table.
/// </summary>
internal abstract class AnalyticsPageModel(IOptions<AnalyticsOptions> options, TimeProvider clock, IMarketDirectory markets) : AdminPageModel
{
    /// <summary>Three years: longer ranges belong in an export, not on a screen.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Market { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Device { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Campaign { get; set; }

    public ReportFilter Filter { get; private set; } = null!;

    public IReadOnlyList<MarketView> Markets { get; private set; } = [];

    public Currency Reporting => Currency.TryFromCode(options.Value.ReportingCurrency, out var currency) ? currency : Currency.Eur;

    public DateOnly Today => ReportingDays.Today(clock, options.Value.Zone);

    protected DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The zone the shop's days are counted in.</summary>
    protected TimeZoneInfo ShopZone => options.Value.Zone;

    public string Money(long minor) => new Money(minor, Reporting).Format();

    /// <summary>A moment as the shop's day and time (the zone its days are counted in).</summary>
    public string ShopTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, options.Value.Zone).ToString("d MMM HH:mm", CultureInfo.InvariantCulture);

    public static string Percent(decimal? rate) => rate is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "—";

    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The query string of the current filters, to carry them into links (exports, other dashboards).</summary>
    public string Query(params (string Key, string? Value)[] extra) => string.Join('&', new (string Key, string? Value)[]
        {
            ("from", Filter.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", Filter.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("market", Market), ("channel", Channel), ("device", Device), ("language", Language), ("campaign", Campaign),
        }.Concat(extra).Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));

    /// <summary>Reads the filters; a bad one gets its message and the default in its place, so the page still answers.</summary>
    protected async Task ReadFilterAsync(CancellationToken cancellationToken, int defaultDays = 30)
    {
        Markets = await markets.AllAsync(cancellationToken);
        var (filter, errors) = new FilterInput(From, To, Market, Channel, Device, Language, Campaign).Read(Today, defaultDays);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        Language = filter.Language;
        Filter = filter;
    }

    /// <summary>A table as a CSV download (UTF-8 with a byte-order mark, so that spreadsheets read Italian and Korean right).</summary>
    protected FileContentResult Csv(string name, IReadOnlyList<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in header)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : field?.ToString());
                }

                csv.NextRecord();
            }
        }

        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"{name}-{Filter.From:yyyy-MM-dd}-{Filter.To:yyyy-MM-dd}.csv");
    }

    /// <summary>Money columns of exports: the reporting currency's major units with all their decimals ("150.00"), no symbol.</summary>
    protected string Major(long minor) => new Money(minor, Reporting).ToAmountString();
}
