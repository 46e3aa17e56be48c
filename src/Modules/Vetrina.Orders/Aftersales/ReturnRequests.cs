using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Catalog.Contracts;
using Vetrina.Data;
using Vetrina.Data.Events;
using Vetrina.Inventory.Contracts;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Messaging.Contracts;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;
using Vetrina.Orders.Notifications;

namespace Vetrina.Orders.Aftersales;

/// <summary>
/// Returns started by the shopper. A line's units may go back once delivered, until the end of the market's window
/// counted from the delivery of its last parcel, unless its category is final sale; units already back or on their way
/// back (an open request) are not offered twice. Every check is repeated when the request is saved, inside a change of
/// the order's version, so two requests at once cannot both take the same units.
/// </summary>
internal sealed class ReturnRequests(VetrinaDbContext db, OrderNumbers numbers, OrderSnapshots snapshots, IMarketDirectory markets, ICatalogSnapshots catalog,
    IStockLocations locations, IStockAvailability availability, IStockReservations reservations, IMediaLibrary media, IMailOutbox outbox, ReturnMail mail,
    ReturnLabel labels, IOptions<ReturnPolicyOptions> options, TimeProvider clock) : IReturnRequests
{
    public const int MaxNote = 1000;
    public const int MinPhotoSide = 200;

    /// <summary>The stock holds of exchanges begin with it (the orders' sweep releases those no return claims).</summary>
    public const string ExchangePrefix = "exchange:";

    internal sealed record Assessment(Order Order, MarketView Market, MarketReturnPolicy Policy, IReadOnlyList<ReturnableLine> Lines, IReadOnlyList<DropOffStore> Stores,
        ReturnShippingRule Shipping, IReadOnlyDictionary<string, int> SkuIds);

    public async Task<ReturnReview> ReviewAsync(ReturnLookup lookup, string language, CancellationToken cancellationToken)
    {
        var (found, refusal) = await AssessAsync(lookup, language, clock.GetUtcNow(), cancellationToken);
        return found is null
            ? new ReturnReview(refusal, null, null, [], null, [], "UTC", options.Value.StoreCreditBonusPercent)
            : new ReturnReview(refusal, numbers.Format(found.Order.Id), found.Order.Currency, found.Lines, found.Shipping, found.Stores, found.Market.TimeZone,
                options.Value.StoreCreditBonusPercent);
    }

    public async Task<ReturnRequestOutcome> RequestAsync(ReturnRequestInput input, CancellationToken cancellationToken)
    {
        if (await ExistingAsync(input.Key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note?.Length > MaxNote)
        {
            return Refused(ReturnRefusal.NoteTooLong);
        }

        PreparedImage? photo = null;
        if (input.Photo is { Length: > 0 } upload)
        {
            var (image, error) = await media.PrepareImageAsync(upload.Content, upload.FileName, upload.Length, MinPhotoSide, cancellationToken);
            if (image is null)
            {
                return new ReturnRequestOutcome(ReturnRefusal.PhotoRefused, error, null, null);
            }

            photo = image;
        }

        var language = Languages.Normalize(input.Language);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            var (found, refusal) = await AssessAsync(input.Lookup, language, now, cancellationToken);
            if (found is null || refusal is not null)
            {
                return Refused(refusal ?? ReturnRefusal.NotFound);
            }

            var (lines, problem) = Choose(found, input, photo is not null, language);
            if (problem is not null)
            {
                return Refused(problem.Value);
            }

            var order = await db.Set<Order>().Include(o => o.Lines).FirstAsync(o => o.Id == found.Order.Id, cancellationToken);
            order.Touch(now);
            var sequence = (await db.Set<ReturnRequest>().Where(r => r.OrderId == order.Id).MaxAsync(r => (int?)r.Sequence, cancellationToken) ?? 0) + 1;
            // Exchanges travel free both ways; a refund or store credit pays the label when every reason is the shopper's.
            var fee = input.Resolution == ReturnResolution.Exchange ? 0 : ReturnRules.ShippingFee(lines.Select(l => l.Reason), input.Method, found.Shipping.ShopperPaysMinor);
            var hold = input.Resolution == ReturnResolution.Exchange ? ExchangePrefix + input.Key : null;
            var request = new ReturnRequest(order.Id, sequence, $"{numbers.Format(order.Id)}-R{sequence}", input.Key, NewAccessKey(), language, input.Method,
                input.Method == ReturnMethod.StoreDropOff ? input.Store!.Trim().ToUpperInvariant() : null, fee, note, null, now, lines, input.Resolution, hold);
            if (photo is not null)
            {
                request.Attach(new ReturnPhoto(Guid.NewGuid(), photo.Webp, photo.Width, photo.Height));
            }

            if (hold is not null && options.Value.TrustedAfterOrders > 0 && await KeptOrdersAsync(order, cancellationToken) >= options.Value.TrustedAfterOrders)
            {
                request.Trust();
            }

            if (hold is not null && !await HoldAsync(hold, lines, cancellationToken))
            {
                return Refused(ReturnRefusal.ExchangeUnavailable);
            }

            try
            {
                await SaveAsync(order, request, found, cancellationToken);
                return new ReturnRequestOutcome(null, null, request.Number, request.AccessKey);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                if (hold is not null)
                {
                    await reservations.ReleaseAsync(hold, cancellationToken);
                }

                // Another request for this order was saved meanwhile (its version moved, or it took this number), or this
                // very form was sent twice at once: look again with what is now recorded.
                if (await ExistingAsync(input.Key, cancellationToken) is { } concurrent)
                {
                    return concurrent;
                }
            }
        }
    }

    /// <summary>
    /// The return a withdrawal opens, for the withdrawn units, in the caller's unit of work (saved with the withdrawal's
    /// log entry): the shopper sends the units back by label, paying it as the market's policy says for a change of mind.
    /// </summary>
    public async Task<ReturnRequest> OpenForWithdrawalAsync(Order order, Withdrawal withdrawal, CancellationToken cancellationToken)
    {
        var sequence = (await db.Set<ReturnRequest>().Where(r => r.OrderId == order.Id).MaxAsync(r => (int?)r.Sequence, cancellationToken) ?? 0) + 1;
        var label = Money.FromMajor(options.Value.For(order.Market).ReturnShipping, order.Currency).Minor;
        var fee = ReturnRules.ShippingFee([ReturnReason.ChangedMind], ReturnMethod.Label, label);
        var request = new ReturnRequest(order.Id, sequence, $"{numbers.Format(order.Id)}-R{sequence}", $"withdrawal:{withdrawal.Key}", NewAccessKey(),
            withdrawal.Language, ReturnMethod.Label, null, fee, null, withdrawal.Sequence, withdrawal.ReceivedAt,
            withdrawal.Lines.Select(l => new ReturnRequestLine(l.OrderLineId, l.Quantity, ReturnReason.ChangedMind)));
        db.Add(request);
        return request;
    }

    /// <summary>Publishes a return opened by a withdrawal once it has its id (after the caller's first save).</summary>
    public void Announce(Order order, ReturnRequest request) =>
        db.Publish(new ReturnRequested(snapshots.Of(order), request.Id, request.Number, request.Method.ToString(), Units(order, request), request.RequestedAt));

    public async Task<ShopperReturn?> FindAsync(string number, string accessKey, CancellationToken cancellationToken)
    {
        var request = await FindRequestAsync(number, accessKey, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == request.OrderId, cancellationToken);
        var market = await markets.FindAsync(order.Market, cancellationToken) ?? (await markets.AllAsync(cancellationToken))[0];
        var store = request.Store is null ? null : (await locations.ListAsync(cancellationToken)).FirstOrDefault(l => l.Code == request.Store) is { } place
            ? new DropOffStore(place.Code, place.Name) : new DropOffStore(request.Store, new LocalizedText(request.Store, request.Store, request.Store));
        var lines = order.Lines.ToDictionary(l => l.Id);
        return new ShopperReturn(request.Number, numbers.Format(order.Id), request.Stage, request.Resolution, request.Method, store, order.Currency,
            [.. request.Lines.Select(l => new ShopperReturnLine(lines[l.OrderLineId].Name, lines[l.OrderLineId].Colour, lines[l.OrderLineId].Size, l.Quantity, l.Reason,
                l.ExchangeFor is { } exchange ? exchange[(exchange.IndexOf(" · ", StringComparison.Ordinal) + 3)..] : null))],
            request.ShippingFeeMinor, ReturnRules.Settlement(order, request.Lines.Select(l => (l.OrderLineId, l.Quantity)), request.ShippingFeeMinor, request.Resolution,
                options.Value.StoreCreditBonusPercent),
            request.RequestedAt, market.TimeZone, string.Join(", ", labels.ReturnAddress(order.Market)));
    }

    public async Task<bool> CancelAsync(string number, string accessKey, CancellationToken cancellationToken)
    {
        if (await FindRequestAsync(number, accessKey, cancellationToken) is not { } found)
        {
            return false;
        }

        try
        {
            db.ChangeTracker.Clear();
            // Under the order's version, as receiving is: a parcel scanned in at that moment wins, and the return stays.
            var order = await db.Set<Order>().FirstAsync(o => o.Id == found.OrderId, cancellationToken);
            var request = await db.Set<ReturnRequest>().FirstAsync(r => r.Id == found.Id, cancellationToken);
            if (request.Stage == ReturnStage.Cancelled)
            {
                return true;
            }

            if (request.Stage != ReturnStage.Requested || request.ExchangeShippedAt is not null)
            {
                return false;
            }

            request.Cancel();
            order.Touch(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await db.Set<ReturnRequest>().AnyAsync(r => r.Id == found.Id && r.Stage == ReturnStage.Cancelled, cancellationToken);
        }

        if (found.ExchangeReference is { } hold)
        {
            await reservations.ReleaseAsync(hold, cancellationToken);
        }

        return true;
    }

    public async Task<byte[]?> LabelAsync(string number, string accessKey, CancellationToken cancellationToken)
    {
        var request = await FindRequestAsync(number, accessKey, cancellationToken);
        if (request is not { Method: ReturnMethod.Label })
        {
            return null;
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == request.OrderId, cancellationToken);
        return labels.Draw(order, request, numbers.Format(order.Id));
    }

    internal async Task<(Assessment? Found, ReturnRefusal? Refusal)> AssessAsync(ReturnLookup lookup, string language, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (!numbers.TryRead(lookup.OrderNumber?.Trim(), out var orderId))
        {
            return (null, ReturnRefusal.NotFound);
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        var owner = order is not null
            && ((lookup.CustomerId is { } customer && order.CustomerId == customer)
                || (!string.IsNullOrWhiteSpace(lookup.Email) && string.Equals(order.Email.Trim(), lookup.Email.Trim(), StringComparison.OrdinalIgnoreCase)));
        if (!owner)
        {
            return (null, ReturnRefusal.NotFound);
        }

        var market = await markets.FindAsync(order!.Market, cancellationToken) ?? (await markets.AllAsync(cancellationToken))[0];
        var policy = options.Value.For(order.Market);
        var days = ReturnRules.WindowDays(order.ShippingAddress.CountryCode, policy.WindowDays);
        var delivered = (await db.Set<Shipment>().AsNoTracking().Include(s => s.Lines).Where(s => s.OrderId == order.Id && s.DeliveredAt != null)
            .ToListAsync(cancellationToken)).SelectMany(s => s.Lines.Select(l => new { l.OrderLineId, l.Quantity, s.DeliveredAt })).ToList();
        var underway = (await db.Set<ReturnRequest>().AsNoTracking().Include(r => r.Lines).Where(r => r.OrderId == order.Id && r.Stage == ReturnStage.Requested)
            .ToListAsync(cancellationToken)).SelectMany(r => r.Lines).GroupBy(l => l.OrderLineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var snapshot = await catalog.GetAsync(cancellationToken);
        var alternatives = order.Lines.ToDictionary(l => l.Id, l => snapshot.FindStyleByCode(l.StyleCode) is { } style
            ? style.Colourways.SelectMany(c => c.Skus.Where(k => k.Id != l.SkuId).Select(k => (Colour: c.Name.Get(language), Sku: k))).ToList()
            : []);
        var stock = await availability.OnlineAsync([.. alternatives.Values.SelectMany(a => a.Select(x => x.Sku.Id)).Distinct()], cancellationToken);
        var lines = new List<ReturnableLine>();
        foreach (var line in order.Lines.OrderBy(l => l.Id))
        {
            var arrived = delivered.Where(d => d.OrderLineId == line.Id).ToList();
            var deadline = arrived.Count == 0 ? (DateTimeOffset?)null : ReturnRules.Deadline(arrived.Max(d => d.DeliveredAt!.Value), days, market.Zone);
            var notBack = line.Quantity - line.ReturnedQuantity - underway.GetValueOrDefault(line.Id);
            var returnable = arrived.Sum(d => d.Quantity) - line.ReturnedQuantity - underway.GetValueOrDefault(line.Id);
            var finalSale = FinalSaleReason(snapshot, line.StyleCode, language);
            ReturnBlock? block = finalSale is not null ? ReturnBlock.FinalSale
                : notBack <= 0 ? ReturnBlock.AlreadyReturned
                : returnable <= 0 ? ReturnBlock.NotDelivered
                : now > deadline ? ReturnBlock.WindowOver
                : null;
            lines.Add(new ReturnableLine(line.Id, line.Name, line.Colour, line.Size, line.Quantity, block is null ? returnable : 0,
                ReturnRules.AfterDiscount(order, line.UnitPriceMinor), block, finalSale, deadline,
                [.. alternatives[line.Id].Select(a => new ExchangeOption(a.Sku.Code, a.Colour, a.Sku.Size, stock.GetValueOrDefault(a.Sku.Id)?.InStock > 0))]));
        }

        var stores = (await locations.ListAsync(cancellationToken)).Where(l => l.IsStore && l.CountryCode == order.ShippingAddress.CountryCode)
            .Select(l => new DropOffStore(l.Code, l.Name)).ToList();
        var shipping = new ReturnShippingRule(Money.FromMajor(policy.ReturnShipping, order.Currency).Minor, ReturnRules.ShoppersReasons);
        var found = new Assessment(order, market, policy, lines, stores, shipping,
            alternatives.Values.SelectMany(a => a).DistinctBy(a => a.Sku.Code).ToDictionary(a => a.Sku.Code, a => a.Sku.Id, StringComparer.OrdinalIgnoreCase));
        return (found, lines.Any(l => l.Units > 0) ? null : ReturnRefusal.NothingReturnable);
    }

    private static (List<ReturnRequestLine> Lines, ReturnRefusal? Problem) Choose(Assessment found, ReturnRequestInput input, bool hasPhoto, string language)
    {
        var returnable = found.Lines.ToDictionary(l => l.LineId);
        if (input.Units.Any(u => u.Value < 0 || (u.Value > 0 && (!returnable.TryGetValue(u.Key, out var line) || u.Value > line.Units))))
        {
            return ([], ReturnRefusal.TooMany);
        }

        var chosen = input.Units.Where(u => u.Value > 0).ToList();
        if (chosen.Count == 0)
        {
            return ([], ReturnRefusal.NothingChosen);
        }

        if (chosen.Any(c => !input.Reasons.TryGetValue(c.Key, out var reason) || !Enum.IsDefined(reason)))
        {
            return ([], ReturnRefusal.ReasonRequired);
        }

        if (!hasPhoto && chosen.Any(c => input.Reasons[c.Key] == ReturnReason.Faulty))
        {
            return ([], ReturnRefusal.PhotoRequired);
        }

        if (input.Method == ReturnMethod.StoreDropOff && !found.Stores.Any(s => string.Equals(s.Code, input.Store?.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return ([], ReturnRefusal.UnknownStore);
        }

        if (input.Resolution != ReturnResolution.Exchange)
        {
            return ([.. chosen.Select(c => new ReturnRequestLine(c.Key, c.Value, input.Reasons[c.Key]))], null);
        }

        var exchanged = new List<ReturnRequestLine>();
        foreach (var (lineId, units) in chosen)
        {
            var option = input.Exchanges?.GetValueOrDefault(lineId) is { } code
                ? returnable[lineId].Exchanges.FirstOrDefault(e => string.Equals(e.SkuCode, code.Trim(), StringComparison.OrdinalIgnoreCase))
                : null;
            if (option is null)
            {
                return ([], ReturnRefusal.ExchangeNotOffered);
            }

            if (!option.Available)
            {
                return ([], ReturnRefusal.ExchangeUnavailable);
            }

            exchanged.Add(new ReturnRequestLine(lineId, units, input.Reasons[lineId], found.SkuIds[option.SkuCode], $"{option.SkuCode} · {option.Colour} · {option.Size}"));
        }

        return (exchanged, null);
    }

    /// <summary>Holds the units sent in exchange, all or none, from stock on the shelf (never ahead of it).</summary>
    private async Task<bool> HoldAsync(string reference, IReadOnlyList<ReturnRequestLine> lines, CancellationToken cancellationToken)
    {
        var held = await reservations.ReserveAsync([.. lines.GroupBy(l => l.ExchangeSkuId!.Value).Select(g => new ReservationLine(g.Key, g.Sum(l => l.Quantity)))],
            reference, cancellationToken);
        if (held.Reserved && held.Backordered.Count == 0)
        {
            return true;
        }

        await reservations.ReleaseAsync(reference, cancellationToken);
        return false;
    }

    private async Task SaveAsync(Order order, ReturnRequest request, Assessment found, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Add(request);
            await db.SaveChangesAsync(cancellationToken);
            Announce(order, request);
            var store = found.Stores.FirstOrDefault(s => s.Code == request.Store)?.Name.Get(request.Language);
            await outbox.QueueAsync(mail.Requested(order, request, found.Market.Zone, labels.ReturnAddress(order.Market), store), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private async Task<ReturnRequestOutcome?> ExistingAsync(string key, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var earlier = await db.Set<ReturnRequest>().AsNoTracking().Where(r => r.Key == key).Select(r => new { r.Number, r.AccessKey }).FirstOrDefaultAsync(cancellationToken);
        return earlier is null ? null : new ReturnRequestOutcome(null, null, earlier.Number, earlier.AccessKey);
    }

    /// <summary>The shopper's other orders that reached them (delivered, or completed after the return window).</summary>
    private Task<int> KeptOrdersAsync(Order order, CancellationToken cancellationToken) =>
        db.Set<Order>().CountAsync(o => o.Email == order.Email && o.Id != order.Id && (o.Status == OrderStatus.Delivered || o.Status == OrderStatus.Completed),
            cancellationToken);

    private async Task<ReturnRequest?> FindRequestAsync(string number, string accessKey, CancellationToken cancellationToken)
    {
        var request = await db.Set<ReturnRequest>().AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
        return request is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(request.AccessKey), Encoding.UTF8.GetBytes(accessKey))
            ? request
            : null;
    }

    private string? FinalSaleReason(CatalogSnapshot snapshot, string styleCode, string language)
    {
        if (options.Value.FinalSale.Count == 0 || snapshot.FindStyleByCode(styleCode) is not { } style)
        {
            return null;
        }

        var codes = style.CategoryPath.Select(id => snapshot.FindCategory(id)?.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rule = options.Value.FinalSale.FirstOrDefault(f => codes.Contains(f.Category));
        return rule is null ? null : rule.Reason.GetValueOrDefault(language) ?? rule.Reason.GetValueOrDefault(Languages.English) ?? rule.Reason.Values.FirstOrDefault() ?? "";
    }

    private static IReadOnlyList<ReturnedUnits> Units(Order order, ReturnRequest request)
    {
        var lines = order.Lines.ToDictionary(l => l.Id);
        return [.. request.Lines.Select(l => new ReturnedUnits(l.OrderLineId, lines[l.OrderLineId].SkuCode, l.Quantity, l.Reason))];
    }

    private static string NewAccessKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static ReturnRequestOutcome Refused(ReturnRefusal refusal) => new(refusal, null, null, null);
}
