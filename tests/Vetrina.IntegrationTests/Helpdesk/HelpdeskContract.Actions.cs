using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Helpdesk.Domain;
using Vetrina.Orders.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Beside a ticket, the customer's orders, consents and recent emails, and the back office's own actions on those orders:
/// a refund sent twice at once refunds once, a confirmation sent again mails once per form, a cancellation needs its
/// reason, and another customer's order cannot be touched from the ticket.
/// </summary>
public abstract partial class HelpdeskContract
{
    [Fact]
    public async Task FromATicket_AnAgentSeesTheCustomersContext_RefundsOnce_ResendsOnce_Cancels_AndCannotTouchAnotherCustomersOrder()
    {
        var (delivered, _) = await app.SkuWithUnitsAsync(5, pick: 3, lifecycle: Vetrina.Catalog.Contracts.Lifecycle.NewIn);
        var email = $"context.{Guid.NewGuid():N}@example.kr";
        var (shipped, _, _) = await app.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-1), (delivered, 1));
        using var buyer = app.CreateClient();
        var open = (await Shopper.OrderAsync(buyer, email, (delivered, 1))).GetProperty("number").GetString()!;
        var stranger = (await Shopper.OrderAsync(buyer, $"stranger.{Guid.NewGuid():N}@example.com", (delivered, 1))).GetProperty("number").GetString()!;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Vetrina.Data.VetrinaDbContext>();
            scope.ServiceProvider.GetRequiredService<Vetrina.Privacy.Contracts.IConsentLedger>().Record(new(Vetrina.Privacy.Contracts.ConsentPurposes.MarketingEmail,
                Vetrina.Privacy.Contracts.ConsentChannels.Email, Vetrina.Privacy.Contracts.ConsentDecision.Given, "newsletter", "v1", "Yes, email me", DateTimeOffset.UtcNow) { Email = email });
            await db.SaveChangesAsync();
        }

        await PostAsync(app.CreateClient(new() { HandleCookies = true }), $"/ko/pages/contact?order={shipped}",
            new() { ["Name"] = "박지훈", ["Email"] = email, ["Topic"] = "Order", ["order"] = shipped, ["Message"] = "한 벌은 환불, 다른 주문은 취소해 주세요." });
        var ticket = await app.WithDbAsync(db => db.Set<Ticket>().SingleAsync(t => t.Email == email));
        var staff = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, "agent"), "a long test password");
        var page = $"/admin/service/{ticket.Number}";
        var view = WebUtility.HtmlDecode(await staff.Client.GetStringAsync(page));
        Assert.Contains($">{shipped}</a>", view, StringComparison.Ordinal);
        Assert.Contains($">{open}</a>", view, StringComparison.Ordinal);
        Assert.DoesNotContain(stranger, view, StringComparison.Ordinal);
        Assert.Contains("marketing-email (email): <strong>Given</strong>", view, StringComparison.Ordinal);
        Assert.Contains($"문의 {ticket.Number}이(가) 접수되었습니다", view, StringComparison.Ordinal);

        async Task<long> RefundableAsync(string number)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<IOrderDirectory>().ForEmailAsync(email, 10, default)).Single(o => o.Number == number).Refundable.Minor;
        }

        // Two agents (or one double click) send the same refund form at once: one refund, both told it is done.
        var before = await RefundableAsync(shipped);
        var key = Guid.NewGuid().ToString("N");
        var refunds = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => staff.SubmitAsync(page, "Refund",
            new() { ["order"] = shipped, ["amount"] = "5000", ["reason"] = "Box arrived crushed", ["key"] = key })));
        Assert.All(refunds, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(before - 5000, await RefundableAsync(shipped));
        Assert.Contains($"Refunded ₩5,000 on order {shipped}: Box arrived crushed", WebUtility.HtmlDecode(await staff.Client.GetStringAsync(page)), StringComparison.Ordinal);

        var tooMuch = await staff.SubmitAsync(page, "Refund", new() { ["order"] = shipped, ["amount"] = "99999999", ["reason"] = "Everything", ["key"] = Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Contains("Refund between ₩1 and", WebUtility.HtmlDecode(await tooMuch.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var notAmount = await staff.SubmitAsync(page, "Refund", new() { ["order"] = shipped, ["amount"] = "five", ["reason"] = "x", ["key"] = Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notAmount.StatusCode);

        // Someone else's order, named in a forged form: refused, nothing refunded.
        var forged = await staff.SubmitAsync(page, "Refund", new() { ["order"] = stranger, ["amount"] = "1", ["reason"] = "x", ["key"] = Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.Contains($"{email} has no order {stranger}", WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The confirmation again: one email per form, however often it is sent.
        var resendKey = Guid.NewGuid().ToString("N");
        foreach (var _ in Enumerable.Range(0, 2))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(page, "Resend", new() { ["order"] = shipped, ["key"] = resendKey })).StatusCode);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var mails = await scope.ServiceProvider.GetRequiredService<Vetrina.Messaging.Contracts.IMailHistory>().ToAsync(email, 50, default);
            var aboutOrder = mails.Where(m => m.Subject.Contains(shipped, StringComparison.Ordinal)).ToList();
            // Newest first: the order's first email is its confirmation.
            Assert.Equal(2, aboutOrder.Count(m => m.Subject == aboutOrder[^1].Subject));
        }

        // Cancelling the unshipped order needs a reason the customer will read.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.SubmitAsync(page, "Cancel", new() { ["order"] = open, ["reason"] = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(page, "Cancel", new() { ["order"] = open, ["reason"] = "Asked by the customer" })).StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(OrderStatus.Cancelled, (await scope.ServiceProvider.GetRequiredService<IOrderDirectory>().ForEmailAsync(email, 10, default)).Single(o => o.Number == open).Status);
        }
    }
}
