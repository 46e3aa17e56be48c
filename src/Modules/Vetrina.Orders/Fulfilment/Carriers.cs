using System.Globalization;
using System.Text.RegularExpressions;

namespace Vetrina.Orders.Fulfilment;

internal sealed record Carrier(string Code, string Name, string TrackingUrlTemplate);

/// <summary>The couriers a fashion brand in Italy and Korea hands parcels to, with the page where a shopper follows one.</summary>
internal static partial class Carriers
{
    public static readonly IReadOnlyList<Carrier> All =
    [
        new("BRT", "BRT", "https://vas.brt.it/vas/sped_det_show.hsm?ChiSono={0}"),
        new("POSTE", "Poste Italiane", "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{0}"),
        new("DHL", "DHL Express", "https://www.dhl.com/global-en/home/tracking.html?tracking-id={0}"),
        new("UPS", "UPS", "https://www.ups.com/track?tracknum={0}"),
        new("CJ", "CJ대한통운", "https://trace.cjlogistics.com/next/tracking.html?wblNo={0}"),
        new("HANJIN", "한진택배", "https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&wblnum={0}"),
    ];

    public static Carrier? Find(string? code) => All.FirstOrDefault(c => string.Equals(c.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string TrackingUrl(string carrierCode, string trackingNumber) =>
        Find(carrierCode) is { } carrier
            ? string.Format(CultureInfo.InvariantCulture, carrier.TrackingUrlTemplate, Uri.EscapeDataString(trackingNumber))
            : "";

    /// <summary>Tracking numbers are 6 to 40 letters and digits (some carriers print dashes).</summary>
    public static bool IsTrackingNumber(string? value) => value is not null && TrackingShape().IsMatch(value.Trim());

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{5,39}$")]
    private static partial Regex TrackingShape();
}
