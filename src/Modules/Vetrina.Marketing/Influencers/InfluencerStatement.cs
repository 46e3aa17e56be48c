namespace Vetrina.Marketing.Influencers;

/// <summary>What an influencer earned in a month, in one currency; paid once, with the payment's reference.</summary>
internal sealed class InfluencerStatement
{
    private InfluencerStatement()
    {
        Currency = null!;
    }

    public InfluencerStatement(int influencerId, DateOnly month, string currency, DateTimeOffset at)
    {
        InfluencerId = influencerId;
        Month = month;
        Currency = currency;
        IssuedAt = at;
    }

    public int Id { get; private set; }

    public int InfluencerId { get; private set; }

    /// <summary>The first day of the month the orders were placed in.</summary>
    public DateOnly Month { get; private set; }

    public string Currency { get; private set; }

    public int Orders { get; private set; }

    public long NetSalesMinor { get; private set; }

    public long CommissionMinor { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public string? PaymentReference { get; private set; }

    public void Total(int orders, long netSalesMinor, long commissionMinor, DateTimeOffset at)
    {
        Orders = orders;
        NetSalesMinor = netSalesMinor;
        CommissionMinor = commissionMinor;
        IssuedAt = at;
    }

    public void Pay(string reference, DateTimeOffset at)
    {
        PaidAt = at;
        PaymentReference = reference;
    }
}
