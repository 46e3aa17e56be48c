using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using Vetrina.Catalog.Domain;
using Vetrina.Inventory.Domain;
using Vetrina.Kernel.Time;
using Vetrina.Orders.Aftersales;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;
using ZXing;
using ZXing.Common;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Returns the shopper starts: a Korean guest returns within 7 days, paying the return shipping on a change of mind and
/// not on a faulty item (with its photo); the label is a PDF whose barcode reads the return number; what cannot go back
/// says why (window over, not delivered, final sale); bad input changes nothing; the warehouse receives the parcel by its
/// number and the refund, due within 3 Korean business days, is made once when two people press at once.
/// </summary>
public abstract partial class ReturnContract(AppFixture fixture)
{
    public const string FinalSaleCategory = "accessories-all";
    public const string FinalSaleReason = "착용 제품은 위생상 반품할 수 없습니다";

    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task AKoreanGuest_ReturnsOnAChangeOfMind_PayingTheLabel_AndTheLabelsBarcodeReadsTheReturnNumber()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 13);
        var email = $"반품.{Guid.NewGuid():N}@example.com";
        var (number, lines, prices) = await app.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-2), (sku, 2));
        var shopper = app.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        Assert.Contains("id=\"returns-link\"", await shopper.GetStringAsync("/ko"), StringComparison.Ordinal);

        var review = await PostAsync(shopper, "/ko/returns", "Review", new() { ["order"] = number, ["Email"] = email });
        var step = WebUtility.HtmlDecode(await review.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Contains("반품 배송비 ₩3,000이(가) 환불 금액에서 차감됩니다", step, StringComparison.Ordinal);
        Assert.Contains("매장 방문 반품", step, StringComparison.Ordinal);
        var key = Regex.Match(step, "name=\"Key\" value=\"([0-9a-f]+)\"").Groups[1].Value;

        var requested = await PostMultipartAsync(shopper, "/ko/returns", "Request", new()
        {
            ["order"] = number, ["Email"] = email, ["Key"] = key, [$"Units[{lines[0]}]"] = "1", [$"Reasons[{lines[0]}]"] = "ChangedMind", ["Method"] = "Label",
        });
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var page = requested.Headers.Location!.ToString();
        var returnNumber = $"{number}-R1";
        Assert.StartsWith($"/ko/returns/{returnNumber}?key=", page, StringComparison.Ordinal);

        // The same form again (a double click) is the same return.
        await PostMultipartAsync(shopper, "/ko/returns", "Request", new()
        {
            ["order"] = number, ["Email"] = email, ["Key"] = key, [$"Units[{lines[0]}]"] = "1", [$"Reasons[{lines[0]}]"] = "ChangedMind", ["Method"] = "Label",
        });
        var request = await app.WithDbAsync(db => db.Set<ReturnRequest>().Include(r => r.Lines).SingleAsync(r => r.Number.StartsWith(number)));
        Assert.Equal((returnNumber, 3000L, ReturnReason.ChangedMind, 1), (request.Number, request.ShippingFeeMinor, request.Lines[0].Reason, request.Lines[0].Quantity));

        var detail = WebUtility.HtmlDecode(await shopper.GetStringAsync(page));
        Assert.Contains($"환불 예정 금액: ₩{prices[0] - 3000:N0}", detail, StringComparison.Ordinal);
        var mail = await SmtpSink.Shared.WaitForSubjectAsync(email, $"반품 {returnNumber} 접수 안내");
        Assert.Contains("반품 배송비 ₩3,000은(는) 환불 금액에서 차감됩니다.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/ko/returns/{returnNumber}?key=", mail.TextBody, StringComparison.Ordinal);

        // The label: a PDF with the Korean returns address, the sender as Korea writes addresses, and a barcode that scans.
        var label = await shopper.GetAsync($"/ko/returns/{returnNumber}?handler=Label&key={page[(page.IndexOf("key=", StringComparison.Ordinal) + 4)..]}");
        Assert.Equal("application/pdf", label.Content.Headers.ContentType?.MediaType);
        var (text, scanned) = await ReadLabelAsync(await label.Content.ReadAsByteArrayAsync());
        Assert.Contains($"반품 {returnNumber}", text, StringComparison.Ordinal);
        Assert.Contains("서울특별시 강남구 테헤란로 123", text, StringComparison.Ordinal);
        Assert.Contains("김민지", text, StringComparison.Ordinal);
        Assert.Equal(returnNumber, scanned);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync($"/ko/returns/{returnNumber}?handler=Label&key=0000")).StatusCode);

        // The unit on its way back is not offered again; the other one still is.
        var again = WebUtility.HtmlDecode(await (await PostAsync(shopper, "/ko/returns", "Review", new() { ["order"] = number, ["Email"] = email })).Content.ReadAsStringAsync());
        Assert.Contains($"name=\"Units[{lines[0]}]\"", again, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"2\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFaultyItem_NeedsAPhotoThatIsAnImage_AndItsReturnShippingIsOnTheShop()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 14);
        var email = $"faulty.{Guid.NewGuid():N}@example.com";
        var (number, lines, prices) = await app.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-1), (sku, 1));
        var shopper = app.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        var fields = new Dictionary<string, string>
        {
            ["order"] = number, ["Email"] = email, [$"Units[{lines[0]}]"] = "1", [$"Reasons[{lines[0]}]"] = "Faulty", ["Method"] = "Label",
        };

        var noPhoto = await RequestAsync(shopper, fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noPhoto.StatusCode);
        Assert.Contains("불량 상품은 불량 부위 사진을 첨부해 주세요.", WebUtility.HtmlDecode(await noPhoto.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var notAnImage = await RequestAsync(shopper, fields, ("fault.jpg", "<script>alert(1)</script>"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notAnImage.StatusCode);
        Assert.Contains("이 사진은 사용할 수 없습니다.", WebUtility.HtmlDecode(await notAnImage.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<ReturnRequest>().AnyAsync(r => r.Number.StartsWith(number))));

        var withPhoto = await RequestAsync(shopper, fields, ("fault.png", TestImages.Png(640, 480)));
        Assert.Equal(HttpStatusCode.Redirect, withPhoto.StatusCode);
        var request = await app.WithDbAsync(db => db.Set<ReturnRequest>().Include(r => r.Photos).SingleAsync(r => r.Number.StartsWith(number)));
        Assert.Equal(0L, request.ShippingFeeMinor);
        var photo = Assert.Single(request.Photos);
        Assert.Equal((640, 480), (photo.Width, photo.Height));
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(photo.Content, 0, 4));
        var detail = WebUtility.HtmlDecode(await shopper.GetStringAsync(withPhoto.Headers.Location!.ToString()));
        Assert.Contains("반품 배송비는 무료입니다.", detail, StringComparison.Ordinal);
        Assert.Contains($"환불 예정 금액: ₩{prices[0]:N0}", detail, StringComparison.Ordinal);

        // Staff see the photo; shoppers and strangers do not.
        var staff = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        var shown = await staff.Client.GetAsync($"/admin/returns?handler=Photo&id={photo.Id}");
        Assert.Equal("image/webp", shown.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.OK, (await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/admin/returns?handler=Photo&id={photo.Id}")).StatusCode);
    }

    [Fact]
    public async Task LinesThatCannotGoBack_SayWhy_AndBadInputChangesNothing()
    {
        var (late, _) = await app.SkuWithUnitsAsync(5, pick: 15);
        var email = $"late.{Guid.NewGuid():N}@example.com";
        var (lateNumber, _, _) = await app.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-8), (late, 1));
        var shopper = app.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        var over = await PostAsync(shopper, "/ko/returns", "Review", new() { ["order"] = lateNumber, ["Email"] = email });
        var overPage = WebUtility.HtmlDecode(await over.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        Assert.Contains("지금 반품할 수 있는 상품이 없습니다.", overPage, StringComparison.Ordinal);
        Assert.Contains("반품 기간이 ", overPage, StringComparison.Ordinal);

        // A final-sale item beside a returnable one: the first says why, the second can go.
        var (scarf, scarfId) = await FinalSaleSkuAsync();
        var (coat, _) = await app.SkuWithUnitsAsync(5, pick: 16);
        var buyer = $"mixed.{Guid.NewGuid():N}@example.com";
        var (number, lines, _) = await app.DeliveredKoreanOrderAsync(buyer, DateTimeOffset.UtcNow.AddDays(-1), (scarf, 1), (coat, 2));
        var scarfLine = await app.WithDbAsync(db => db.Set<OrderLine>().Where(l => l.SkuId == scarfId && lines.Contains(l.Id)).Select(l => l.Id).SingleAsync());
        var coatLine = lines.Single(l => l != scarfLine);
        var mixed = WebUtility.HtmlDecode(await (await PostAsync(shopper, "/ko/returns", "Review", new() { ["order"] = number, ["Email"] = buyer })).Content.ReadAsStringAsync());
        Assert.Contains($"반품 불가: {FinalSaleReason}", mixed, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"Units[{scarfLine}]\"", mixed, StringComparison.Ordinal);

        // Someone else's order, more units than bought, a forged line, the final-sale line, an unknown store: refused, nothing made.
        var wrong = await RequestAsync(shopper, new() { ["order"] = number, ["Email"] = "someone@example.com", [$"Units[{coatLine}]"] = "1", [$"Reasons[{coatLine}]"] = "TooSmall" });
        Assert.Contains("이 번호와 이메일의 주문을 찾지 못했습니다.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        foreach (var (line, units, store) in new[] { (coatLine, "3", ""), (coatLine + 1_000_000, "1", ""), (scarfLine, "1", ""), (coatLine, "1", "WH-MI") })
        {
            var fields = new Dictionary<string, string> { ["order"] = number, ["Email"] = buyer, [$"Units[{line}]"] = units, [$"Reasons[{line}]"] = "TooLarge" };
            if (store.Length > 0)
            {
                (fields["Method"], fields["Store"]) = ("StoreDropOff", store);
            }

            var refused = await RequestAsync(shopper, fields);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains(store.Length > 0 ? "목록의 매장 중에서 선택하세요." : "상품마다 표시된 수량까지만 선택하세요.",
                WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var noReason = await RequestAsync(shopper, new() { ["order"] = number, ["Email"] = buyer, [$"Units[{coatLine}]"] = "1" });
        Assert.Contains("반품하는 상품마다 사유를 선택하세요.", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var tooLong = await RequestAsync(shopper, new() { ["order"] = number, ["Email"] = buyer, [$"Units[{coatLine}]"] = "1", [$"Reasons[{coatLine}]"] = "Other", ["Note"] = new string('가', 1001) });
        Assert.Contains("메시지는 1,000자 이내로 입력하세요.", WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<ReturnRequest>().AnyAsync(r => r.Number.StartsWith(number))));

        // A store drop-off in Seoul costs the shopper nothing, even on a change of mind.
        var inStore = await RequestAsync(shopper, new()
        {
            ["order"] = number, ["Email"] = buyer, [$"Units[{coatLine}]"] = "2", [$"Reasons[{coatLine}]"] = "TooLarge", ["Method"] = "StoreDropOff", ["Store"] = "ST-SEONGSU",
        });
        Assert.Equal(HttpStatusCode.Redirect, inStore.StatusCode);
        Assert.Contains("서울 성수 매장에 상품을 가져와 주세요.", WebUtility.HtmlDecode(await shopper.GetStringAsync(inStore.Headers.Location!.ToString())), StringComparison.Ordinal);
        Assert.Equal(0L, await app.WithDbAsync(db => db.Set<ReturnRequest>().Where(r => r.Number.StartsWith(number)).Select(r => r.ShippingFeeMinor).SingleAsync()));
    }

    [Fact]
    public async Task AReceivedReturn_IsDueWithinThreeKoreanBusinessDays_AndTwoPressesRefundItOnce()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 18);
        var email = $"refund.{Guid.NewGuid():N}@example.com";
        var (number, lines, prices) = await app.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-3), (sku, 2));
        await using var scope = app.Services.CreateAsyncScope();
        var returns = scope.ServiceProvider.GetRequiredService<ReturnRequests>();
        var outcome = await returns.RequestAsync(new ReturnRequestInput(Guid.NewGuid().ToString("N"), new ReturnLookup(number, email, null), "ko",
            new Dictionary<long, int> { [lines[0]] = 2 }, new Dictionary<long, ReturnReason> { [lines[0]] = ReturnReason.TooSmall }, ReturnMethod.Label, null, null, null), default);
        Assert.Null(outcome.Refusal);

        // Refunding before the units arrive is refused: never a refund without its return.
        var refunds = scope.ServiceProvider.GetRequiredService<ReturnRefunds>();
        Assert.Equal(OrderActionError.WrongStatus, (await refunds.RefundAsync(outcome.Number!, "test", default)).Error);

        // Received on Thursday 24 December 2026 in Seoul; the 25th is Christmas, then a weekend: due by the end of Wednesday the 30th.
        var receivedAt = new DateTimeOffset(2026, 12, 24, 10, 0, 0, TimeSpan.FromHours(9));
        var staff = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        using (ReplayableClock.Begin(receivedAt))
        {
            var receipts = scope.ServiceProvider.GetRequiredService<OrderReturns>();
            var request = await app.WithDbAsync(db => db.Set<ReturnRequest>().SingleAsync(r => r.Number == outcome.Number));
            Assert.True((await receipts.ReceiveAsync(request.OrderId, "WH-MI", new Dictionary<long, int> { [lines[0]] = 2 }, true, "Return", $"request:{outcome.Number}",
                "test", outcome.Number, default)).Succeeded);
        }

        var entry = (await refunds.ListAsync(10, default)).Single(e => e.Request.Number == outcome.Number);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.FromHours(9)).AddTicks(-1), entry.Due);
        Assert.Equal(2 * prices[0] - 3000, entry.RefundMinor);
        Assert.Contains($"id=\"refund-{outcome.Number}\"", await staff.Client.GetStringAsync("/admin/returns"), StringComparison.Ordinal);

        // Two people press "refund" at once: one refund, of the received units less the label the shopper pays.
        var presses = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var own = app.Services.CreateAsyncScope();
            return await own.ServiceProvider.GetRequiredService<ReturnRefunds>().RefundAsync(outcome.Number!, "agent", default);
        }));
        Assert.All(presses, p => Assert.True(p.Succeeded, p.Detail));
        var (orderId, refunded, stage) = await app.WithDbAsync(async db =>
        {
            var request = await db.Set<ReturnRequest>().SingleAsync(r => r.Number == outcome.Number);
            var paid = await db.Set<OrderRefund>().Where(r => r.OrderId == request.OrderId).Select(r => r.ToCardMinor + r.ToGiftCardMinor).ToListAsync();
            return (request.OrderId, paid, request.Stage);
        });
        Assert.Equal([2 * prices[0] - 3000], refunded);
        Assert.Equal(ReturnStage.Refunded, stage);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<OrderLine>().Where(l => l.OrderId == orderId).Select(l => l.ReturnedQuantity).SingleAsync()));
    }

    [Fact]
    public async Task AReturnRefundedFirstOnTheOrdersPage_IsNotPaidASecondTime()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 3, lifecycle: Vetrina.Catalog.Contracts.Lifecycle.NewIn);
        var email = $"twice.refund.{Guid.NewGuid():N}@example.com";
        var (number, lines, prices) = await app.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-1), (sku, 1));
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ReturnRequests>().RequestAsync(new ReturnRequestInput(Guid.NewGuid().ToString("N"),
            new ReturnLookup(number, email, null), "ko", new Dictionary<long, int> { [lines[0]] = 1 }, new Dictionary<long, ReturnReason> { [lines[0]] = ReturnReason.Faulty },
            ReturnMethod.StoreDropOff, "ST-SEONGSU", null, new ReturnPhotoUpload(new MemoryStream(TestImages.Png(400, 400)), "fault.png", TestImages.Png(400, 400).Length)), default);
        var request = await app.WithDbAsync(db => db.Set<ReturnRequest>().SingleAsync(r => r.Number == outcome.Number));
        Assert.True((await scope.ServiceProvider.GetRequiredService<OrderReturns>().ReceiveAsync(request.OrderId, "ST-SEONGSU", new Dictionary<long, int> { [lines[0]] = 1 },
            true, "Return", $"request:{outcome.Number}", "test", outcome.Number, default)).Succeeded);

        // An agent refunds the unit on the order's page first; the return's refund then has nothing left to pay.
        Assert.True((await scope.ServiceProvider.GetRequiredService<OrderAdministration>().RefundAsync(request.OrderId, prices[0], "faulty, refunded at once",
            Guid.NewGuid().ToString("N"), "agent")).Succeeded);
        Assert.True((await scope.ServiceProvider.GetRequiredService<ReturnRefunds>().RefundAsync(outcome.Number!, "agent", default)).Succeeded);
        var refunds = await app.WithDbAsync(db => db.Set<OrderRefund>().Where(r => r.OrderId == request.OrderId).Select(r => r.ToCardMinor + r.ToGiftCardMinor).ToListAsync());
        Assert.Equal([prices[0]], refunds);
        Assert.Equal(ReturnStage.Refunded, await app.WithDbAsync(db => db.Set<ReturnRequest>().Where(r => r.Id == request.Id).Select(r => r.Stage).SingleAsync()));
    }

    [Fact]
    public async Task AWithdrawal_OpensItsReturn_WithTheLabelLinkInTheAcknowledgement()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 19);
        var email = $"recesso.reso.{Guid.NewGuid():N}@example.com";
        using var client = app.CreateClient();
        var number = (await Shopper.OrderAsync(client, email, (sku, 1))).GetProperty("number").GetString()!;
        await using var scope = app.Services.CreateAsyncScope();
        var withdrawals = scope.ServiceProvider.GetRequiredService<IWithdrawals>();
        var done = await withdrawals.ConfirmAsync(new WithdrawalRequest(Guid.NewGuid().ToString("N"), "Giulia Rossi", number, email, "it", null), default);
        Assert.Null(done.Refusal);
        var request = await app.WithDbAsync(db => db.Set<ReturnRequest>().Include(r => r.Lines).SingleAsync(r => r.Number == number + "-R1"));
        Assert.NotNull(request.WithdrawalSequence);
        Assert.Equal((ReturnReason.ChangedMind, 1, 690L), (request.Lines[0].Reason, request.Lines[0].Quantity, request.ShippingFeeMinor));
        var mail = Assert.Single(await SmtpSink.Shared.WaitForAsync(email, 2), m => m.Subject!.StartsWith("Abbiamo ricevuto il tuo recesso", StringComparison.Ordinal));
        Assert.Contains($"Il tuo reso {number}-R1, con l'etichetta da stampare: ", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/it/returns/{number}-R1?key={request.AccessKey}", mail.TextBody, StringComparison.Ordinal);
    }

    /// <summary>Reads a label back as a person and a scanner would: its text (pdftotext) and its barcode (rendered by pdftoppm, read by ZXing).</summary>
    private static async Task<(string Text, string? Barcode)> ReadLabelAsync(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("vetrina-label-");
        try
        {
            var file = Path.Combine(folder.FullName, "label.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            var (textExit, text) = await ExternalTools.RunAsync("pdftotext", "label.pdf -", folder.FullName);
            Assert.True(textExit == 0, text);
            var (pictureExit, output) = await ExternalTools.RunAsync("pdftoppm", "-r 150 -png -singlefile label.pdf label", folder.FullName);
            Assert.True(pictureExit == 0, output);
            using var bitmap = SKBitmap.Decode(Path.Combine(folder.FullName, "label.png")).Copy(SKColorType.Bgra8888);
            var source = new RGBLuminanceSource(bitmap.Bytes, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.BGRA32);
            var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.CODE_39 }, [DecodeHintType.TRY_HARDER] = true };
            var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
            return (text, result?.Text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AnExchangeForAnotherSize_HoldsTheNewUnitAtOnce_AndSendsItFromTheHoldWhenTheReturnArrives()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 27);
        var email = $"exchange.{Guid.NewGuid():N}@example.com";
        var (number, lines, _) = await app.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-2), (sku, 1));
        var (sibling, siblingId) = await app.WithDbAsync(async db =>
        {
            var colourway = await db.Set<Sku>().Where(k => k.Code == sku).Select(k => k.ColourwayId).SingleAsync();
            var other = await db.Set<Sku>().Where(k => k.ColourwayId == colourway && k.Code != sku).OrderBy(k => k.Id).FirstAsync();
            await db.Set<StockLevel>().Where(l => l.SkuId == other.Id).ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.LocationCode == "WH-MI" ? l.Reserved + 1 : 0));
            return (other.Code, other.Id);
        });
        var reserved = () => app.WithDbAsync(db => db.Set<StockLevel>().Where(l => l.SkuId == siblingId && l.LocationCode == "WH-MI").Select(l => new { l.OnHand, l.Reserved }).SingleAsync());
        var before = await reserved();

        await using var scope = app.Services.CreateAsyncScope();
        var returns = scope.ServiceProvider.GetRequiredService<ReturnRequests>();
        ReturnRequestInput Exchange(string key, string code) => new(key, new ReturnLookup(number, email, null), "ko", new Dictionary<long, int> { [lines[0]] = 1 },
            new Dictionary<long, ReturnReason> { [lines[0]] = ReturnReason.TooSmall }, ReturnMethod.Label, null, null, null, ReturnResolution.Exchange,
            new Dictionary<long, string> { [lines[0]] = code });
        var review = await returns.ReviewAsync(new ReturnLookup(number, email, null), "ko", default);
        Assert.Contains(review.Lines[0].Exchanges, e => e.SkuCode == sibling && e.Available);
        Assert.Equal(ReturnRefusal.ExchangeNotOffered, (await returns.RequestAsync(Exchange(Guid.NewGuid().ToString("N"), sku), default)).Refusal);

        var outcome = await returns.RequestAsync(Exchange(Guid.NewGuid().ToString("N"), sibling), default);
        Assert.Null(outcome.Refusal);
        var held = await reserved();
        Assert.Equal((before.OnHand, before.Reserved + 1), (held.OnHand, held.Reserved));
        var request = await app.WithDbAsync(db => db.Set<ReturnRequest>().SingleAsync(r => r.Number == outcome.Number));
        Assert.Equal(0L, request.ShippingFeeMinor);

        // The unit on its way back is not offered again, and the held size shows as gone to everyone else.
        var again = await returns.RequestAsync(Exchange(Guid.NewGuid().ToString("N"), sibling), default);
        Assert.Equal(ReturnRefusal.NothingReturnable, again.Refusal);
        Assert.Contains((await returns.ReviewAsync(new ReturnLookup(number, email, null), "ko", default)).Lines[0].Exchanges, e => e.SkuCode == sibling && !e.Available);

        // Not before the return arrives; then once, from the hold, with the tracking link mailed.
        var exchanges = scope.ServiceProvider.GetRequiredService<ReturnExchanges>();
        Assert.Equal(OrderActionError.WrongStatus, (await exchanges.ShipAsync(outcome.Number!, "WH-MI", "CJ", "CJ000111333", "test", default)).Error);
        var receipts = scope.ServiceProvider.GetRequiredService<OrderReturns>();
        Assert.True((await receipts.ReceiveAsync(request.OrderId, "WH-MI", new Dictionary<long, int> { [lines[0]] = 1 }, true, "Return", $"request:{outcome.Number}",
            "test", outcome.Number, default)).Succeeded);
        var refunds = scope.ServiceProvider.GetRequiredService<ReturnRefunds>();
        Assert.Equal(ReturnRefunds.Standing.ExchangeToSend, (await refunds.ListAsync(10, default)).Single(e => e.Request.Number == outcome.Number).Standing);
        Assert.Equal(OrderActionError.WrongStatus, (await refunds.RefundAsync(outcome.Number!, "test", default)).Error);
        Assert.True((await exchanges.ShipAsync(outcome.Number!, "WH-MI", "CJ", "CJ000111333", "test", default)).Succeeded);
        Assert.True((await exchanges.ShipAsync(outcome.Number!, "WH-MI", "CJ", "CJ000111333", "test", default)).Succeeded);
        var shipped = await reserved();
        Assert.Equal((before.OnHand - 1, before.Reserved), (shipped.OnHand, shipped.Reserved));
        Assert.Equal(ReturnStage.Exchanged, await app.WithDbAsync(db => db.Set<ReturnRequest>().Where(r => r.Number == outcome.Number).Select(r => r.Stage).SingleAsync()));
        var mail = await SmtpSink.Shared.WaitForSubjectAsync(email, $"교환 상품 발송 · {outcome.Number}");
        Assert.Contains("CJ000111333", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(sibling, mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATrustedShoppersExchange_LeavesBeforeTheReturnArrives_AndAReturnCalledOffFreesItsUnits()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(8, pick: 28);
        var email = $"trusted.{Guid.NewGuid():N}@example.com";
        // Three orders kept before (the setting's default), then the one whose size is wrong.
        var kept = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            kept.Add((await app.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-3), (sku, 1))).Number);
        }

        var (number, lines, _) = await app.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-2), (sku, 1));
        var (sibling, siblingId) = await app.WithDbAsync(async db =>
        {
            var colourway = await db.Set<Sku>().Where(k => k.Code == sku).Select(k => k.ColourwayId).SingleAsync();
            var other = await db.Set<Sku>().Where(k => k.ColourwayId == colourway && k.Code != sku).OrderBy(k => k.Id).FirstAsync();
            await db.Set<StockLevel>().Where(l => l.SkuId == other.Id).ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.LocationCode == "WH-MI" ? l.Reserved + 1 : 0));
            return (other.Code, other.Id);
        });
        var before = await app.WithDbAsync(db => db.Set<StockLevel>().Where(l => l.SkuId == siblingId && l.LocationCode == "WH-MI").Select(l => new { l.OnHand, l.Reserved }).SingleAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var returns = scope.ServiceProvider.GetRequiredService<ReturnRequests>();
        var outcome = await returns.RequestAsync(new(Guid.NewGuid().ToString("N"), new ReturnLookup(number, email, null), "ko", new Dictionary<long, int> { [lines[0]] = 1 },
            new Dictionary<long, ReturnReason> { [lines[0]] = ReturnReason.TooSmall }, ReturnMethod.Label, null, null, null, ReturnResolution.Exchange,
            new Dictionary<long, string> { [lines[0]] = sibling }), default);
        var request = await app.WithDbAsync(db => db.Set<ReturnRequest>().SingleAsync(r => r.Number == outcome.Number));
        Assert.True(request.ShipsAtOnce);

        // Sent at once, from the hold; the return is still awaited, and arriving settles it.
        var refunds = scope.ServiceProvider.GetRequiredService<ReturnRefunds>();
        Assert.Equal(ReturnRefunds.Standing.ExchangeToSend, (await refunds.ListAsync(10, default)).Single(e => e.Request.Number == outcome.Number).Standing);
        Assert.True((await scope.ServiceProvider.GetRequiredService<ReturnExchanges>().ShipAsync(outcome.Number!, "WH-MI", "CJ", "CJ000111444", "test", default)).Succeeded);
        Assert.Equal(ReturnRefunds.Standing.AwaitingGoods, (await refunds.ListAsync(10, default)).Single(e => e.Request.Number == outcome.Number).Standing);
        var shipped = await app.WithDbAsync(db => db.Set<StockLevel>().Where(l => l.SkuId == siblingId && l.LocationCode == "WH-MI").Select(l => new { l.OnHand, l.Reserved }).SingleAsync());
        Assert.Equal((before.OnHand - 1, before.Reserved), (shipped.OnHand, shipped.Reserved));
        Assert.False(await returns.CancelAsync(outcome.Number!, request.AccessKey, default));
        Assert.True((await scope.ServiceProvider.GetRequiredService<OrderReturns>().ReceiveAsync(request.OrderId, "WH-MI", new Dictionary<long, int> { [lines[0]] = 1 }, true,
            "Return", $"request:{outcome.Number}", "test", outcome.Number, default)).Succeeded);
        Assert.Equal(ReturnStage.Exchanged, await app.WithDbAsync(db => db.Set<ReturnRequest>().Where(r => r.Number == outcome.Number).Select(r => r.Stage).SingleAsync()));

        // A return of one of the kept orders, called off from its page before sending: the unit can be asked back again.
        var lookup = new ReturnLookup(kept[0], email, null);
        var line = (await returns.ReviewAsync(lookup, "en", default)).Lines[0].LineId;
        var change = await returns.RequestAsync(new(Guid.NewGuid().ToString("N"), lookup, "en", new Dictionary<long, int> { [line] = 1 },
            new Dictionary<long, ReturnReason> { [line] = ReturnReason.ChangedMind }, ReturnMethod.Label, null, null, null, ReturnResolution.Refund, null), default);
        Assert.Equal(0, (await returns.ReviewAsync(lookup, "en", default)).Lines[0].Units);
        var shopper = new StaffSession(app);
        var page = $"/en/returns/{change.Number}?key={change.AccessKey}";
        Assert.Contains("id=\"cancel-return\"", await shopper.Client.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await shopper.SubmitAsync(page, "Cancel", new() { ["key"] = change.AccessKey! })).StatusCode);
        var cancelled = await shopper.Client.GetStringAsync(page);
        Assert.Contains("Cancelled: nothing to send", cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"return-label\"", cancelled, StringComparison.Ordinal);
        Assert.Equal(1, (await returns.ReviewAsync(lookup, "en", default)).Lines[0].Units);
        Assert.DoesNotContain((await refunds.ListAsync(10, default)), e => e.Request.Number == change.Number);
    }

    [Fact]
    public async Task StoreCredit_IsTheRefundLessTheLabelPlusTheBonus_IssuedOnceAsAGiftCard()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 28);
        var email = $"credit.{Guid.NewGuid():N}@example.com";
        var (number, lines, prices) = await app.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-2), (sku, 1));
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ReturnRequests>().RequestAsync(new ReturnRequestInput(Guid.NewGuid().ToString("N"),
            new ReturnLookup(number, email, null), "ko", new Dictionary<long, int> { [lines[0]] = 1 }, new Dictionary<long, ReturnReason> { [lines[0]] = ReturnReason.ChangedMind },
            ReturnMethod.Label, null, null, null, ReturnResolution.StoreCredit), default);
        var request = await app.WithDbAsync(db => db.Set<ReturnRequest>().SingleAsync(r => r.Number == outcome.Number));
        Assert.True((await scope.ServiceProvider.GetRequiredService<OrderReturns>().ReceiveAsync(request.OrderId, "WH-MI", new Dictionary<long, int> { [lines[0]] = 1 },
            true, "Return", $"request:{outcome.Number}", "test", outcome.Number, default)).Succeeded);

        var presses = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var own = app.Services.CreateAsyncScope();
            return await own.ServiceProvider.GetRequiredService<ReturnRefunds>().RefundAsync(outcome.Number!, "agent", default);
        }));
        Assert.All(presses, p => Assert.True(p.Succeeded, p.Detail));
        // By hand: the unit's price less the ₩3,000 label, then 10 % more, in whole won rounded down.
        var expected = (prices[0] - 3000) * 110 / 100;
        var credited = await app.WithDbAsync(db => db.Set<ReturnRequest>().SingleAsync(r => r.Number == outcome.Number));
        Assert.Equal(ReturnStage.Refunded, credited.Stage);
        var cards = await app.WithDbAsync(db => db.Set<Vetrina.Promotions.Domain.GiftCard>().Where(c => c.Code.EndsWith(credited.CreditCardEnding!)).ToListAsync());
        Assert.Equal(expected, Assert.Single(cards).InitialMinor);
        Assert.Empty(await app.WithDbAsync(db => db.Set<OrderRefund>().Where(f => f.OrderId == request.OrderId).ToListAsync()));
        var mail = await SmtpSink.Shared.WaitForSubjectAsync(email, $"적립금 안내 · {outcome.Number}");
        Assert.Contains(cards[0].Display, mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProductReport_ShowsReturnsByColourSizeAndReason_AndThatAStyleRunsSmall()
    {
        // A new-in style: no other test orders one, so its figures are this test's alone.
        var (sku, skuId) = await app.SkuWithUnitsAsync(10, pick: 0, lifecycle: Vetrina.Catalog.Contracts.Lifecycle.NewIn);
        var first = $"stats.a.{Guid.NewGuid():N}@example.com";
        var second = $"stats.b.{Guid.NewGuid():N}@example.com";
        var (number, lines, _) = await app.DeliveredKoreanOrderAsync(first, DateTimeOffset.UtcNow.AddDays(-1), (sku, 3));
        var (_, otherLines, _) = await app.DeliveredKoreanOrderAsync(second, DateTimeOffset.UtcNow.AddDays(-1), (sku, 1));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<ReturnRequests>().RequestAsync(new ReturnRequestInput(Guid.NewGuid().ToString("N"),
            new ReturnLookup(number, first, null), "ko", new Dictionary<long, int> { [lines[0]] = 2 }, new Dictionary<long, ReturnReason> { [lines[0]] = ReturnReason.TooSmall },
            ReturnMethod.Label, null, null, null), default)).Refusal);
        // The second shopper's unit came back to a store with no request: received by staff, no reason given.
        var otherOrder = await app.WithDbAsync(db => db.Set<OrderLine>().Where(l => l.Id == otherLines[0]).Select(l => l.OrderId).SingleAsync());
        Assert.True((await scope.ServiceProvider.GetRequiredService<OrderReturns>().ReceiveAsync(otherOrder, "ST-SEONGSU", new Dictionary<long, int> { [otherLines[0]] = 1 },
            true, "brought to the store", Guid.NewGuid().ToString("N"), "test", null, default)).Succeeded);

        // By hand: 4 sold; 2 asked back as too small and 1 received without a reason = 3 returned, 75 %; 2 of 3 too small, none too large: runs small.
        var line = await app.WithDbAsync(db => db.Set<OrderLine>().SingleAsync(l => l.Id == lines[0]));
        Assert.Equal(skuId, line.SkuId);
        var staff = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        var csv = await staff.Client.GetStringAsync("/admin/analytics/products?market=KR&bySize=true&handler=ReturnsCsv");
        var row = Assert.Single(csv.Split('\n'), l => l.StartsWith(line.StyleCode + ",", StringComparison.Ordinal) && l.Contains($",{line.Size},", StringComparison.Ordinal))
            .TrimEnd('\r');
        Assert.Contains(line.Colour, row, StringComparison.Ordinal);
        // Reasons in their order: too small, too large, not as pictured, faulty, changed mind, arrived late, other; then no reason given, fit.
        Assert.EndsWith($",{line.Size},4,3,0.75,2,0,0,0,0,0,0,1,Runs small", row, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await staff.Client.GetStringAsync("/admin/analytics/products?market=KR"));
        Assert.Contains("id=\"return-reasons\"", page, StringComparison.Ordinal);
        Assert.Contains("Runs small", page, StringComparison.Ordinal);
    }

    /// <summary>A SKU of a style in the final-sale category, with stock online.</summary>
    private Task<(string Sku, int SkuId)> FinalSaleSkuAsync() => app.WithDbAsync(async db =>
    {
        var parent = await db.Set<Category>().Where(c => c.Code == FinalSaleCategory).Select(c => c.Id).SingleAsync();
        var under = await db.Set<Category>().Where(c => c.Id == parent || c.ParentId == parent).Select(c => c.Id).ToListAsync();
        var style = await db.Set<Style>().Include(s => s.Colourways).ThenInclude(c => c.Skus)
            .Where(s => under.Contains(s.CategoryId) && s.Lifecycle == Vetrina.Catalog.Contracts.Lifecycle.FullPrice).OrderBy(s => s.Id).FirstAsync();
        var sku = style.Colourways.SelectMany(c => c.Skus).OrderBy(k => k.Id).First();
        await db.Set<StockLevel>().Where(l => l.SkuId == sku.Id && l.LocationCode == "WH-MI").ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.Reserved + 50));
        return (sku.Code, sku.Id);
    });

    private static Task<HttpResponseMessage> RequestAsync(HttpClient client, Dictionary<string, string> fields, (string Name, byte[] Content)? photo = null) =>
        ReviewThenRequestAsync(client, fields, photo);

    private static async Task<HttpResponseMessage> ReviewThenRequestAsync(HttpClient client, Dictionary<string, string> fields, (string Name, byte[] Content)? photo)
    {
        var review = await PostAsync(client, "/ko/returns", "Review", new() { ["order"] = fields["order"], ["Email"] = fields["Email"] });
        var key = Regex.Match(await review.Content.ReadAsStringAsync(), "name=\"Key\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        fields["Key"] = key.Length > 0 ? key : Guid.NewGuid().ToString("N");
        return await PostMultipartAsync(client, "/ko/returns", "Request", fields, photo);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields,
        (string Name, byte[] Content)? photo = null)
    {
        var html = await client.GetStringAsync(page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (photo is { } file)
        {
            form.Add(new ByteArrayContent(file.Content), "Photo", file.Name);
        }

        return await client.PostAsync($"{page}?handler={handler}", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReturnTests(SqliteAppFixture fixture) : ReturnContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlReturnTests(PostgresAppFixture fixture) : ReturnContract(fixture);
