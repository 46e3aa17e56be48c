namespace Vetrina.Orders.Checkout;

/// <summary>
/// A placement already made under a key: written in the same transaction as the order, so a key either has its one
/// order or nothing at all, and a repeat of the request finds the order instead of making another.
/// </summary>
internal sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
        Key = null!;
        RequestHash = null!;
    }

    public IdempotencyRecord(string key, string requestHash, long orderId, DateTimeOffset at)
    {
        Key = key;
        RequestHash = requestHash;
        OrderId = orderId;
        CreatedAt = at;
    }

    /// <summary>"api:" or "form:" followed by the client's key, so the two never collide.</summary>
    public string Key { get; private set; }

    public string RequestHash { get; private set; }

    public long OrderId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
