using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Vetrina.Kernel;
using Vetrina.Messaging.Contracts;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Notifications;

/// <summary>Writes the emails an order sends, in the language the shopper bought in, for the mail outbox.</summary>
internal sealed class OrderMail(OrderNumbers numbers, IOptions<SiteOptions> site, IOptions<SellerOptions> seller)
{
    public TransactionalMail Confirmation(Order order)
    {
        var text = OrderMailText.For(order.Language);
        var notice = WithdrawalNotice.For(order.ShippingAddress.CountryCode, order.Language, $"{site.Value.Base}/{order.Language}/withdrawal", seller.Value);
        return Compose(order, "confirmation", text.ConfirmationSubject, text.ConfirmationIntro, text, notice: notice);
    }

    public TransactionalMail Cancellation(Order order)
    {
        var text = OrderMailText.For(order.Language);
        return Compose(order, "cancelled", text.CancelledSubject, text.CancelledIntro, text);
    }

    public TransactionalMail Shipped(Order order, Fulfilment.Shipment shipment)
    {
        var text = OrderMailText.For(order.Language);
        var carrier = Fulfilment.Carriers.Find(shipment.CarrierCode)?.Name ?? shipment.CarrierCode ?? "";
        return Compose(order, $"shipment:{shipment.Id}", text.ShippedSubject, text.ShippedIntro, text, carrier,
            (text.TrackParcel, shipment.TrackingUrl!));
    }

    /// <param name="key">Distinguishes one refund of an order from another.</param>
    public TransactionalMail Refunded(Order order, long amountMinor, long toGiftCardMinor, string key)
    {
        var text = OrderMailText.For(order.Language);
        var intro = toGiftCardMinor == 0 ? text.RefundedIntro
            : toGiftCardMinor == amountMinor ? text.RefundedAllToGiftCard
            : text.RefundedIntro + " " + string.Format(CultureInfo.InvariantCulture, text.RefundedToGiftCard, new Money(toGiftCardMinor, order.Currency).Format());
        return Compose(order, $"refund:{key}", text.RefundedSubject, intro, text, new Money(amountMinor, order.Currency).Format());
    }

    /// <summary>The page where a shopper, signed in or not, sees the order; the access key stands in for a password.</summary>
    private string OrderUrl(Order order) =>
        site.Value.Base + numbers.PagePath(order);

    private TransactionalMail Compose(Order order, string kind, string subjectTemplate, string introTemplate, OrderMailText text,
        string detail = "", (string Label, string Url)? link = null, IReadOnlyList<string>? notice = null)
    {
        var number = numbers.Format(order.Id);
        var subject = string.Format(CultureInfo.InvariantCulture, subjectTemplate, number);
        var intro = string.Format(CultureInfo.InvariantCulture, introTemplate, number, order.ShippingAddress.Name, detail);
        var url = OrderUrl(order);
        var money = (long minor) => new Money(minor, order.Currency).Format();
        var address = order.ShippingAddress;
        // Collected in a store: say which store, not the shopper's own address.
        var addressLines = order.PickupLocationCode is not null
            ? [order.ShippingMethodName]
            : new[] { address.Name, address.Line1, address.Line2, $"{address.PostalCode} {address.City} {address.Region}".Trim(), address.CountryCode }
                .Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var destination = order.PickupLocationCode is null ? text.DeliverTo : text.CollectAt;

        var plain = new StringBuilder().AppendLine(intro).AppendLine();
        if (link is { } first)
        {
            plain.AppendLine(CultureInfo.InvariantCulture, $"{first.Label}: {first.Url}").AppendLine();
        }

        string Waits(OrderLine line) => line.ShipsAround is { } date && line.ShippedQuantity < line.Quantity
            ? string.Format(CultureInfo.InvariantCulture, text.ShipsAround, Languages.FormatDate(date, order.Language))
            : "";
        foreach (var line in order.Lines)
        {
            plain.AppendLine(CultureInfo.InvariantCulture, $"{line.Name} · {line.Colour} · {line.Size}  {text.Quantity} {line.Quantity}  {money(line.LineTotalMinor)}");
            if (Waits(line) is { Length: > 0 } waits)
            {
                plain.AppendLine(CultureInfo.InvariantCulture, $"  ({waits})");
            }
        }

        plain.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{text.Subtotal}: {money(order.SubtotalMinor)}")
            .Append(order.DiscountMinor > 0 ? $"{order.DiscountLabel}: −{money(order.DiscountMinor)}\n" : "")
            .AppendLine(CultureInfo.InvariantCulture, $"{text.Shipping} ({order.ShippingMethodName}): {money(order.ShippingMinor)}")
            .AppendLine(CultureInfo.InvariantCulture, $"{text.Total}: {money(order.TotalMinor)} ({text.VatIncluded} {money(order.VatMinor)})")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{destination}:").AppendLine(string.Join('\n', addressLines)).AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{text.ViewOrder}: {url}").AppendLine()
            .Append(notice is null ? "" : WithdrawalNotice.Plain(notice) + "\n\n").AppendLine(text.Signature);

        var e = (string? s) => WebUtility.HtmlEncode(s ?? "");
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"{order.Language}\"><head><meta charset=\"utf-8\"><title>{e(subject)}</title></head>")
            .Append("<body style=\"font-family:system-ui,sans-serif;color:#1a1a1a;max-width:36rem;margin:auto\">")
            .Append(CultureInfo.InvariantCulture, $"<p>{e(intro)}</p>")
            .Append(link is { } action ? $"<p><a href=\"{e(action.Url)}\">{e(action.Label)}</a></p>" : "")
            .Append("<table style=\"width:100%;border-collapse:collapse\">");
        foreach (var line in order.Lines)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{e(line.Name)}<br><small>{e(line.Colour)} · {e(line.Size)}{(Waits(line) is { Length: > 0 } w ? $"<br>{e(w)}" : "")}</small></td><td>{text.Quantity} {line.Quantity}</td><td style=\"text-align:right\">{e(money(line.LineTotalMinor))}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"2\">{e(text.Subtotal)}</td><td style=\"text-align:right\">{e(money(order.SubtotalMinor))}</td></tr>")
            .Append(order.DiscountMinor > 0
                ? $"<tr><td colspan=\"2\">{e(order.DiscountLabel)}</td><td style=\"text-align:right\">−{e(money(order.DiscountMinor))}</td></tr>"
                : "")
            .Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"2\">{e(text.Shipping)} ({e(order.ShippingMethodName)})</td><td style=\"text-align:right\">{e(money(order.ShippingMinor))}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th colspan=\"2\" style=\"text-align:left\">{e(text.Total)}</th><th style=\"text-align:right\">{e(money(order.TotalMinor))}</th></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"2\"><small>{e(text.VatIncluded)}</small></td><td style=\"text-align:right\"><small>{e(money(order.VatMinor))}</small></td></tr></table>")
            .Append(CultureInfo.InvariantCulture, $"<p><strong>{e(destination)}</strong><br>{string.Join("<br>", addressLines.Select(e))}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{e(url)}\">{e(text.ViewOrder)}</a></p>")
            .Append(notice is null ? "" : $"<p style=\"font-size:.9em\">{e(notice[0])}</p>" + (notice.Count > 1
                ? $"<div style=\"font-size:.9em;border:1px solid #ccc;padding:.5em\"><strong>{e(notice[1])}</strong><br>{string.Join("<br>", notice.Skip(2).Select(e))}</div>"
                : ""))
            .Append(CultureInfo.InvariantCulture, $"<p>{e(text.Signature)}</p></body></html>");
        return new TransactionalMail($"order:{order.Id}:{kind}", order.Email, subject, plain.ToString(), html.ToString(), order.Language);
    }
}
