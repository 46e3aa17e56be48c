using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Drawing.BarCodes;
using PdfSharp.Drawing.Layout;
using PdfSharp;
using PdfSharp.Pdf;
using Vetrina.Kernel;
using Vetrina.Kernel.Addresses;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Aftersales;

/// <summary>
/// The prepaid return label, a PDF to print at home: the return number as a Code 39 barcode the warehouse scans, the
/// shop's returns address, the sender, and what the parcel holds. Addresses are written as their country writes them.
/// </summary>
internal sealed class ReturnLabel(IOptions<SellerOptions> seller)
{
    private static readonly XSize A4 = new(595, 842);

    private sealed record Words(string Title, string To, string From, string Order, string Contents, string Instructions);

    private static readonly Words English = new("Return", "To", "From", "Order", "Contents", "Print this label, stick it on the parcel over any old label, and hand it to the carrier.");
    private static readonly Words Italian = new("Reso", "Destinatario", "Mittente", "Ordine", "Contenuto", "Stampa questa etichetta, applicala sul pacco coprendo le etichette precedenti e consegnalo al corriere.");
    private static readonly Words Korean = new("반품", "받는 분", "보내는 분", "주문", "내용물", "이 라벨을 인쇄해 기존 송장을 덮어 상자에 붙인 뒤 택배 기사님께 전달해 주세요.");

    /// <summary>Where returns of a market's orders go: Korea's go to the Korean company, the others to the seller's address.</summary>
    public IReadOnlyList<string> ReturnAddress(string market) => market.Equals("KR", StringComparison.OrdinalIgnoreCase)
        ? [seller.Value.Korea.TradeName, seller.Value.Korea.Address]
        : [seller.Value.Name, seller.Value.Address];

    public byte[] Draw(Order order, ReturnRequest request, string orderNumber)
    {
        LabelFonts.Install();
        var language = Languages.Normalize(request.Language);
        var words = language switch { Languages.Italian => Italian, Languages.Korean => Korean, _ => English };
        using var document = new PdfDocument();
        document.Info.Title = $"{words.Title} {request.Number}";
        document.Info.Creator = "Vetrina";
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(A4.Width);
        page.Height = XUnit.FromPoint(A4.Height);
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var y = 48.0;
            void Write(string text, double size, bool bold = false, double x = 48)
            {
                var font = new XFont(LabelFonts.For(text), size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                graphics.DrawString(text, font, XBrushes.Black, new XPoint(x, y), XStringFormats.TopLeft);
                y += size * 1.4;
            }

            graphics.DrawRectangle(new XPen(XColors.Black, 1.5), 36, 36, A4.Width - 72, 470);
            Write($"{words.Title} {request.Number}", 20, bold: true);
            y += 6;
            var barcode = new Code3of9Standard(request.Number.ToUpperInvariant(), new XSize(A4.Width - 120, 70))
            {
                TextLocation = TextLocation.None,
                Anchor = AnchorType.TopLeft,
                // Wide bars three times the narrow (the standard allows 2 to 3): easier for a hand scanner on a crumpled parcel.
                WideNarrowRatio = 3,
            };
            graphics.DrawBarCode(barcode, XBrushes.Black, new XPoint(60, y));
            y += 84;
            Write(request.Number.ToUpperInvariant(), 12, x: 60);
            y += 10;
            Write(words.To, 10, bold: true);
            foreach (var line in ReturnAddress(order.Market))
            {
                Write(line, 14);
            }

            y += 10;
            Write(words.From, 10, bold: true);
            var from = order.ShippingAddress;
            foreach (var line in AddressLines.Of(from.Name, from.Line1, from.Line2, from.City, from.Region, from.PostalCode, from.CountryCode, language))
            {
                Write(line, 11);
            }

            y = 530;
            Write($"{words.Order} {orderNumber}", 11, bold: true);
            Write(words.Contents, 10, bold: true);
            var lines = order.Lines.ToDictionary(l => l.Id);
            foreach (var line in request.Lines)
            {
                var bought = lines[line.OrderLineId];
                Write($"{line.Quantity} × {bought.Name} · {bought.Colour} · {bought.Size} ({bought.SkuCode})", 10);
            }

            y += 10;
            new XTextFormatter(graphics).DrawString(words.Instructions, new XFont(LabelFonts.For(words.Instructions), 10), XBrushes.Black,
                new XRect(48, y, A4.Width - 96, 60), XStringFormats.TopLeft);
        }

        using var pdf = new MemoryStream();
        document.Save(pdf, closeStream: false);
        return pdf.ToArray();
    }
}
