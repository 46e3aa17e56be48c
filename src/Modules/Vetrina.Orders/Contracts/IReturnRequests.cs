using Vetrina.Kernel;

namespace Vetrina.Orders.Contracts;

/// <summary>
/// Returns the shopper starts, from the account's order page or as a guest with the order number and email: which units
/// may go back and why others may not, a reason per line, a prepaid label or a store drop-off, and who pays the return
/// shipping. Eligibility is decided here, never by the page.
/// </summary>
public interface IReturnRequests
{
    /// <summary>The order a shopper names and each line's returnable units, or why none can go back.</summary>
    Task<ReturnReview> ReviewAsync(ReturnLookup lookup, string language, CancellationToken cancellationToken);

    /// <summary>Records the return once per <see cref="ReturnRequestInput.Key"/> and mails its confirmation with the label.</summary>
    Task<ReturnRequestOutcome> RequestAsync(ReturnRequestInput input, CancellationToken cancellationToken);

    /// <summary>A return as its shopper sees it, when the access key is its own.</summary>
    Task<ShopperReturn?> FindAsync(string number, string accessKey, CancellationToken cancellationToken);

    /// <summary>The prepaid label as a PDF (the return number as a barcode), when the access key is the return's own and it goes back by post.</summary>
    Task<byte[]?> LabelAsync(string number, string accessKey, CancellationToken cancellationToken);

    /// <summary>Calls off a return nothing of which has arrived (an exchange's held unit goes back on sale); false when it cannot be any more.</summary>
    Task<bool> CancelAsync(string number, string accessKey, CancellationToken cancellationToken);
}

/// <summary>An order named by its number and email (a guest), or by its number for the signed-in customer who placed it.</summary>
public sealed record ReturnLookup(string? OrderNumber, string? Email, string? CustomerId);

/// <summary>Why a shopper sends a unit back; the shop says each in the shopper's language and buyers read them by product.</summary>
public enum ReturnReason
{
    TooSmall,
    TooLarge,
    NotAsPictured,
    Faulty,
    ChangedMind,
    ArrivedLate,
    Other,
}

public enum ReturnMethod
{
    /// <summary>A prepaid label: the parcel goes by post to the shop's returns address.</summary>
    Label,

    /// <summary>Handed in at one of the brand's stores.</summary>
    StoreDropOff,
}

/// <summary>What the shopper gets for what they send back.</summary>
public enum ReturnResolution
{
    /// <summary>Their money back, as they paid.</summary>
    Refund,

    /// <summary>Another size or colour of the same style, held now and sent when the return arrives; free both ways.</summary>
    Exchange,

    /// <summary>A gift card for the refund plus the shop's bonus.</summary>
    StoreCredit,
}

/// <summary>Another SKU of the bought style a line can be exchanged for, and whether a unit is there to hold.</summary>
public sealed record ExchangeOption(string SkuCode, string Colour, string Size, bool Available);

/// <summary>Why a line cannot go back now.</summary>
public enum ReturnBlock
{
    /// <summary>Its units have not all arrived yet; the window starts at delivery.</summary>
    NotDelivered,

    /// <summary>Every unit has come back or is on its way back already.</summary>
    AlreadyReturned,

    /// <summary>The market's return window has ended.</summary>
    WindowOver,

    /// <summary>Its category is final sale; <see cref="ReturnableLine.FinalSaleReason"/> says why.</summary>
    FinalSale,
}

/// <summary>A line of the order, how many of its units can go back and until when, or what stops it.</summary>
public sealed record ReturnableLine(long LineId, string Name, string Colour, string Size, int Bought, int Units, long UnitRefundMinor, ReturnBlock? Block,
    string? FinalSaleReason, DateTimeOffset? Deadline, IReadOnlyList<ExchangeOption> Exchanges);

/// <param name="ShopperPaysMinor">Deducted from the refund when the shopper pays the return by label (see <see cref="ShopperPaysFor"/>); 0 when the shop always pays.</param>
/// <param name="ShopperPaysFor">The reasons for which the shopper pays the label; for the others (faulty, not as pictured, late) the shop does.</param>
public sealed record ReturnShippingRule(long ShopperPaysMinor, IReadOnlyList<ReturnReason> ShopperPaysFor);

/// <summary>A store that takes returns in person.</summary>
public sealed record DropOffStore(string Code, LocalizedText Name);

/// <param name="StoreCreditBonusPercent">What store credit adds to the refund, in percent.</param>
public sealed record ReturnReview(ReturnRefusal? Refusal, string? OrderNumber, Currency? Currency, IReadOnlyList<ReturnableLine> Lines, ReturnShippingRule? Shipping,
    IReadOnlyList<DropOffStore> Stores, string TimeZone, int StoreCreditBonusPercent);

/// <summary>A photo of a faulty unit as uploaded.</summary>
public sealed record ReturnPhotoUpload(Stream Content, string FileName, long Length);

/// <param name="Key">The confirming form's one-time token: sent twice, it is one return.</param>
/// <param name="Units">Units per order line id.</param>
/// <param name="Reasons">The reason per order line id sent back.</param>
/// <param name="Exchanges">For an exchange, the SKU code each returned line is exchanged for (another size or colour of its style).</param>
public sealed record ReturnRequestInput(string Key, ReturnLookup Lookup, string Language, IReadOnlyDictionary<long, int> Units,
    IReadOnlyDictionary<long, ReturnReason> Reasons, ReturnMethod Method, string? Store, string? Note, ReturnPhotoUpload? Photo,
    ReturnResolution Resolution = ReturnResolution.Refund, IReadOnlyDictionary<long, string>? Exchanges = null);

public sealed record ReturnRequestOutcome(ReturnRefusal? Refusal, string? Detail, string? Number, string? AccessKey);

/// <summary>Where a return stands, as its shopper sees it.</summary>
public enum ReturnStage
{
    Requested,
    Received,
    Refunded,

    /// <summary>The exchanged units were sent.</summary>
    Exchanged,

    /// <summary>The shopper changed their mind before sending anything: the units can be asked back again within the window.</summary>
    Cancelled,
}

/// <param name="ExchangeFor">"Colour · Size" of the unit sent in exchange, for an exchange.</param>
public sealed record ShopperReturnLine(string Name, string Colour, string Size, int Units, ReturnReason Reason, string? ExchangeFor);

/// <param name="RefundMinor">What the refund comes to: the units' price after the order's discount, less the return shipping the shopper pays.</param>
public sealed record ShopperReturn(string Number, string OrderNumber, ReturnStage Stage, ReturnResolution Resolution, ReturnMethod Method, DropOffStore? Store,
    Currency Currency,
    IReadOnlyList<ShopperReturnLine> Lines, long ShippingFeeMinor, long RefundMinor, DateTimeOffset RequestedAt, string TimeZone, string ReturnAddress)
{
    /// <summary>Nothing has arrived or left yet: the shopper may still call it off.</summary>
    public bool Cancellable => Stage == ReturnStage.Requested;
}

/// <summary>Why a return cannot be made as asked; the shop says each in the shopper's language.</summary>
public enum ReturnRefusal
{
    /// <summary>No order with this number and email, or not the signed-in customer's (never told apart).</summary>
    NotFound,

    /// <summary>No line can go back (each line's block says why).</summary>
    NothingReturnable,

    /// <summary>A quantity is more than its line can send back, or the line is not the order's or not returnable.</summary>
    TooMany,

    NothingChosen,

    /// <summary>A chosen line has no reason.</summary>
    ReasonRequired,

    /// <summary>A faulty unit needs a photo of the fault.</summary>
    PhotoRequired,

    /// <summary>The photo is not an image the shop can read, or too large.</summary>
    PhotoRefused,

    /// <summary>The store is not one that takes returns.</summary>
    UnknownStore,

    NoteTooLong,

    /// <summary>An exchange names no SKU, or one that is not another size or colour of the line's style.</summary>
    ExchangeNotOffered,

    /// <summary>The size or colour asked for in exchange has no unit left to hold.</summary>
    ExchangeUnavailable,
}
