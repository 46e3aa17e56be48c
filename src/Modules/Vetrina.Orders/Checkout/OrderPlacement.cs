using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Orders.Contracts;
using Vetrina.Cart.Contracts;
using Vetrina.Data;
using Vetrina.Inventory;
using Vetrina.Inventory.Contracts;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Kernel.Addresses;
using Vetrina.Orders.Domain;
using Vetrina.Payments.Contracts;
using Vetrina.Privacy.Contracts;
using Vetrina.Promotions.Contracts;
using Vetrina.Customers.Contracts;

namespace Vetrina.Orders.Checkout;

/// <summary>
/// Turns a checked-out cart into an order, once. In one transaction: the order, its stock held line by line (see
/// <see cref="StockReservations"/>), its pending payment, the consent given, and the idempotency key. Any of them
/// failing undoes all of them. The card is charged afterwards, by <see cref="OrderPayments"/>.
/// </summary>
internal sealed class OrderPlacement(VetrinaDbContext db, IBagDirectory bags, CheckoutService checkout, IStockReservations reservations,
    IPromotionPricing promotions, IGiftCardLedger giftCards, IAddressBook addressBook, IMarketDirectory markets, IPaymentProvider provider, IStockAlerts stockAlerts,
    IConsentLedger ledger, IOptions<OrderOptions> options, TimeProvider clock)
{
    /// <summary>The provider name of a payment that a gift card covered in full: there is nothing to charge.</summary>
    public const string GiftCardOnly = "gift-card";

    /// <summary>What the stock references of orders begin with.</summary>
    public const string HoldPrefix = "hold:";

    public async Task<PlacementResult> PlaceAsync(CheckoutInput input, string idempotencyKey, string? customerId, string actor,
        CancellationToken cancellationToken = default)
    {
        var hash = RequestHash(input, customerId);
        if (await ReplayAsync(idempotencyKey, hash, cancellationToken) is { } replay)
        {
            return replay;
        }

        var marketCode = input.Market.Length > 0 ? input.Market : (await bags.FindAsync(input.CartId, cancellationToken))?.Market;
        var market = marketCode is null ? null : await markets.FindAsync(marketCode, cancellationToken);
        var cart = market is null ? null : await bags.ViewAsync(input.CartId, market, cancellationToken);
        if (market is null || cart is null || cart.Lines.Count == 0 || (cart.CustomerId is not null && cart.CustomerId != customerId))
        {
            // A twin request with the same key may have placed the order and emptied the bag since the first look.
            return await ReplayAsync(idempotencyKey, hash, cancellationToken) ?? new PlacementResult(PlacementStatus.CartUnavailable);
        }

        var quote = (await checkout.QuoteAsync(cart, input.ShippingMethod, input.DiscountCode, input.GiftCardCode, cancellationToken))!;
        var checkedInput = checkout.Check(input, market, quote, cardRequired: quote.AmountDue.Minor > 0 && provider.TakesCardDetails);
        if (!checkedInput.IsValid)
        {
            return new PlacementResult(PlacementStatus.Invalid, Errors: checkedInput.Errors, Quote: quote);
        }

        if (input.ExpectedTotal is not { } expected || Money.FromMajor(expected, market.Currency) != quote.Total)
        {
            return new PlacementResult(PlacementStatus.TotalChanged, Quote: quote);
        }

        if (!input.AcceptBackorders && quote.Cart.Lines.Any(l => l.ShipsAround is not null))
        {
            return new PlacementResult(PlacementStatus.AvailabilityChanged, Quote: quote);
        }

        // The quote read live stock, without locking: when a drop has sold out, the thousands who come after are told
        // at once, without a transaction. When stock looks available, the conditional update of the hold decides.
        var live = quote.Cart.Lines.ToDictionary(l => l.SkuId, l => l.Available);
        var gone = quote.Cart.Lines.Where(l => live.GetValueOrDefault(l.SkuId) < l.Quantity)
            .Select(l => new ShortLine(l.SkuId, l.Quantity, live.GetValueOrDefault(l.SkuId))).ToList();
        if (gone.Count > 0)
        {
            return new PlacementResult(PlacementStatus.SoldOut, Quote: quote, ShortLines: gone);
        }

        var now = clock.GetUtcNow();
        var lines = quote.Cart.Lines.Select(l => new OrderLine(l.SkuId, l.Entry!.Sku.Code, l.Entry.Style.Code, l.Entry.Style.Name.Get(input.Language),
            l.Entry.Colourway.Name.Get(input.Language), l.Entry.Sku.Size, l.Quantity, l.UnitPrice!.Value.Minor, market.Vat.BasisPoints,
            market.Vat.VatIncludedIn(l.LineTotal!.Value).Minor, l.ShipsAround)).ToList();
        var method = checkedInput.Method!;
        var draft = new OrderDraft(market.Code, market.Currency, Languages.Normalize(input.Language), checkedInput.Email, customerId,
            checkedInput.ShippingAddress!, checkedInput.BillingAddress!, method.Method.Code, method.Method.Name.Get(input.Language),
            method.Method.PickupLocationCode, method.Price.Minor, market.Vat.VatIncludedIn(method.Price).Minor, input.MarketingConsent, cart.Id,
            quote.Discounts.TotalMinor, DiscountLabel(quote, input.Language), quote.VatTotal.Minor, quote.GiftCard.AppliedMinor, input.Visitor);

        // Stock first, each line committed at once (see StockReservations); then the order, in one transaction, under
        // the same reference. If the order cannot be written the hold is given back; if this node dies in between,
        // the unpaid-order sweep finds a hold no order claims and releases it.
        var hold = $"{HoldPrefix}{Guid.NewGuid():N}";
        var held = await reservations.ReserveAsync([.. lines.Select(l => new ReservationLine(l.SkuId, l.Quantity))], hold, cancellationToken);
        if (!held.Reserved)
        {
            return new PlacementResult(PlacementStatus.SoldOut, Quote: quote, ShortLines: held.ShortLines);
        }

        // The shelf emptied between the quote and the hold: units quoted in stock would wait for a delivery. The shopper
        // decides, with the date in front of them; nothing is placed.
        var waiting = held.Backordered.ToDictionary(b => b.SkuId);
        if (lines.Any(l => waiting.ContainsKey(l.SkuId) && l.ShipsAround is null))
        {
            await reservations.ReleaseAsync(hold, cancellationToken: cancellationToken);
            var fresh = await bags.ViewAsync(cart.Id, market, cancellationToken) is { } again
                ? await checkout.QuoteAsync(again, input.ShippingMethod, input.DiscountCode, input.GiftCardCode, cancellationToken) : null;
            return new PlacementResult(PlacementStatus.AvailabilityChanged, Quote: fresh);
        }

        // What the hold found decides the date: a line quoted ahead of stock that found the shelf restocked ships now.
        var preorders = quote.Cart.Lines.Where(l => l.Entry!.Style.IsPreorder).Select(l => l.SkuId).ToHashSet();
        DateOnly? ShipsAround(OrderLine line) =>
            waiting.TryGetValue(line.SkuId, out var wait) ? wait.ExpectedOn ?? line.ShipsAround : preorders.Contains(line.SkuId) ? line.ShipsAround : null;

        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var order = new Order(draft, lines.Select(l => Copy(l, ShipsAround(l))), hold, actor, now, options.Value.PaymentWindow);
                db.Add(order);
                await db.SaveChangesAsync(cancellationToken);
                if (quote.Discounts.Code is { CodeId: { } codeId } applied
                    && await promotions.RedeemWithinAsync(codeId, order.Id, order.Email, applied.AmountMinor, now, cancellationToken) is var used
                    && used != CodeProblem.None)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    await reservations.ReleaseAsync(hold, cancellationToken: cancellationToken);
                    return new PlacementResult(PlacementStatus.Invalid, Errors: [new("discountCode", CheckoutErrorCodes.Discount(used))], Quote: quote);
                }

                if (quote.GiftCard is { Card: { } card, AppliedMinor: > 0 } giftCard
                    && !await giftCards.SpendWithinAsync(card.Id, order.Id, giftCard.AppliedMinor, now, cancellationToken))
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    await reservations.ReleaseAsync(hold, cancellationToken: cancellationToken);
                    return new PlacementResult(PlacementStatus.Invalid, Errors: [new("giftCard", "giftcard_balance_changed")], Quote: quote);
                }

                var payment = new OrderPayment(order.Id, order.AmountDue.Minor == 0 ? GiftCardOnly : provider.Name, order.AmountDue, now);
                db.Add(payment);
                db.Add(new IdempotencyRecord(idempotencyKey, hash, order.Id, now));
                if (CheckoutConsents.Of(input, order, customerId, now) is { } consent)
                {
                    ledger.Record(consent);
                }

                if (customerId is not null && method.Method.PickupLocationCode is null)
                {
                    await addressBook.RememberWithinAsync(customerId, checkedInput.ShippingAddress!, now, cancellationToken);
                }

                AlertLowStock(lines, live, now);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new PlacementResult(PlacementStatus.Placed, order, payment);
            });
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await reservations.ReleaseAsync(hold, cancellationToken: cancellationToken);
            // The same key arrived twice at once: the other request's order is the answer to both.
            if (await ReplayAsync(idempotencyKey, hash, cancellationToken) is { } concurrent)
            {
                return concurrent;
            }

            // Another order by the same shopper took the code's last use for them at the same moment.
            if (quote.Discounts.Code is { CodeId: { } usedCode }
                && await promotions.RedeemableByAsync(usedCode, checkedInput.Email, cancellationToken) == CodeProblem.PerCustomerLimit)
            {
                return new PlacementResult(PlacementStatus.Invalid, Errors: [new("discountCode", CheckoutErrorCodes.Discount(CodeProblem.PerCustomerLimit))],
                    Quote: quote);
            }

            throw;
        }
    }

    /// <summary>
    /// The order a form token already placed, if any. A page resubmitted after its order went through (the bag is gone
    /// by then) lands on that order instead of an empty bag.
    /// </summary>
    public async Task<Order?> PlacedWithAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var orderId = await db.Set<IdempotencyRecord>().AsNoTracking().Where(r => r.Key == idempotencyKey).Select(r => (long?)r.OrderId)
            .FirstOrDefaultAsync(cancellationToken);
        return orderId is { } id ? await db.Set<Order>().AsNoTracking().FirstAsync(o => o.Id == id, cancellationToken) : null;
    }

    private async Task<PlacementResult?> ReplayAsync(string key, string hash, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var record = await db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        if (record.RequestHash != hash)
        {
            return new PlacementResult(PlacementStatus.KeyReused);
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == record.OrderId, cancellationToken);
        var payment = await db.Set<OrderPayment>().AsNoTracking().Where(p => p.OrderId == order.Id).OrderByDescending(p => p.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return new PlacementResult(PlacementStatus.Replayed, order, payment);
    }

    private void AlertLowStock(List<OrderLine> lines, Dictionary<int, int> before, DateTimeOffset now)
    {
        foreach (var line in lines)
        {
            var was = before.GetValueOrDefault(line.SkuId);
            stockAlerts.Crossed(line.SkuCode, line.StyleCode, was, was - line.Quantity, now);
        }
    }

    private static string? DiscountLabel(CheckoutQuote quote, string language) =>
        quote.Discounts.Applied.Count == 0 ? null : string.Join(" · ", quote.Discounts.Applied.Select(a => a.Label.Get(language)));

    private static OrderLine Copy(OrderLine l, DateOnly? shipsAround) =>
        new(l.SkuId, l.SkuCode, l.StyleCode, l.Name, l.Colour, l.Size, l.Quantity, l.UnitPriceMinor, l.VatBasisPoints, l.VatMinor, shipsAround);

    /// <summary>What identifies the request for idempotency: everything but the card, which is never stored, not even hashed.</summary>
    private static string RequestHash(CheckoutInput input, string? customerId) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { input = input with { Card = null, Visitor = null }, customerId })));
}
