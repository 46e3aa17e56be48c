namespace Vetrina.Marketing.Influencers;

internal enum Touch
{
    Code,
    Link,
}

/// <summary>
/// An order an influencer earned, with what it is worth to them: net sales (without VAT, shipping and what came back)
/// and the commission on them. Worked out again as returns come in, until a paid statement freezes it.
/// </summary>
internal sealed class InfluencerOrder
{
    private InfluencerOrder()
    {
        Currency = null!;
    }

    public InfluencerOrder(long orderId, int influencerId, Touch via, bool newCustomer, DateTimeOffset placedAt, string currency)
    {
        OrderId = orderId;
        InfluencerId = influencerId;
        Via = via;
        NewCustomer = newCustomer;
        PlacedAt = placedAt;
        Currency = currency;
    }

    public long Id { get; private set; }

    public long OrderId { get; private set; }

    public int InfluencerId { get; private set; }

    public Touch Via { get; private set; }

    public bool NewCustomer { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public string Currency { get; private set; }

    public long NetSalesMinor { get; private set; }

    public int RateBasisPoints { get; private set; }

    public long CommissionMinor { get; private set; }

    /// <summary>The statement it was paid on; from then on it never changes.</summary>
    public int? StatementId { get; private set; }

    public void Value(long netSalesMinor, int rateBasisPoints)
    {
        NetSalesMinor = netSalesMinor;
        RateBasisPoints = rateBasisPoints;
        CommissionMinor = Commission.Of(netSalesMinor, rateBasisPoints);
    }

    public void Reassign(int influencerId, Touch via)
    {
        InfluencerId = influencerId;
        Via = via;
    }

    public void OnStatement(int statementId) => StatementId = statementId;
}
