namespace Vetrina.Analytics.Domain;

/// <summary>What a bag went through that abandonment is counted on.</summary>
internal enum BagStage
{
    /// <summary>Its first add: the bag was filled.</summary>
    Filled = 1,

    /// <summary>Its first begun checkout.</summary>
    CheckingOut = 2,
}

/// <summary>
/// A bag (the shop's cart, named by the <c>cart_id</c> of its events) at the first time it reached a stage, with the
/// session that brought it there, and whether an order came from it within <see cref="Window"/>: a bag filled today and
/// bought tomorrow was not abandoned. One row per bag and stage, owned by the day it happened on.
/// </summary>
internal sealed class Bag
{
    /// <summary>How long a bag may wait for its order before it counts as abandoned.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public long Id { get; set; }

    public string CartId { get; set; } = "";

    public BagStage Stage { get; set; }

    public DateOnly Day { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>When the window closes: from then on the bag's outcome is known.</summary>
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>An order was placed from the bag within the window (kept up to date as orders of later days are built).</summary>
    public bool Ordered { get; set; }

    public string Market { get; set; } = "";

    public string Language { get; set; } = "";

    public Channel Channel { get; set; }

    public DeviceCategory Device { get; set; }

    public string? Campaign { get; set; }

    /// <summary>A bag's id as events name it: a GUID in any of its spellings (the cart API's, the pages') is one bag.</summary>
    public static string? IdOf(RawEvent e) =>
        EventParams.Text(e, EventParams.CartId) is { } id ? Guid.TryParse(id, out var guid) ? guid.ToString("N") : id : null;

    public static Bag Reached(string cartId, BagStage stage, RawEvent e, Session s) => new()
    {
        // The session's slice, which its day's rollups count the bag in.
        CartId = cartId, Stage = stage, Day = e.Day, At = e.OccurredAt, DecidedAt = e.OccurredAt + Window, Market = s.Market ?? "",
        Language = s.Language ?? "", Channel = s.Channel, Device = s.Device, Campaign = s.Campaign,
    };
}
