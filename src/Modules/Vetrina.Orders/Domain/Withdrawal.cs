using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vetrina.Orders.Domain;

/// <summary>
/// A shopper's withdrawal from a purchase through the withdrawal function (EU directive 2023/2673, art. 11a of the
/// consumer-rights directive; Codice del Consumo art. 54-bis): who withdrew, from which order and which units, and when
/// the shop received it. Entries form a chain: each one's <see cref="Hash"/> covers its content and the hash of the entry
/// before it (<see cref="Sequence"/> − 1), so an entry changed or removed afterwards breaks every hash after it.
/// </summary>
internal sealed class Withdrawal
{
    private readonly List<WithdrawalLine> lines = [];

    private Withdrawal()
    {
        Key = null!;
        OrderNumber = null!;
        Name = null!;
        Email = null!;
        Language = null!;
        PreviousHash = null!;
        Hash = null!;
    }

    public Withdrawal(long sequence, string previousHash, string key, long orderId, string orderNumber, string name, string email, string language,
        bool wholeOrder, DateTimeOffset receivedAt, IEnumerable<WithdrawalLine> withdrawn)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Key = key;
        OrderId = orderId;
        OrderNumber = orderNumber;
        Name = name;
        Email = email;
        Language = language;
        WholeOrder = wholeOrder;
        // To the millisecond, in UTC: what every database stores exactly, so the hash computed now is the hash recomputed later.
        ReceivedAt = new DateTimeOffset(receivedAt.UtcTicks - (receivedAt.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        lines.AddRange(withdrawn);
        Hash = ComputeHash();
    }

    /// <summary>The hash the first entry follows.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public long Id { get; private set; }

    /// <summary>The entry's place in the log, from 1 with no gaps (unique: two withdrawals at once cannot both follow the same entry).</summary>
    public long Sequence { get; private set; }

    /// <summary>The confirming form's one-time token: a confirmation sent twice is one withdrawal.</summary>
    public string Key { get; private set; }

    public long OrderId { get; private set; }

    public string OrderNumber { get; private set; }

    public string Name { get; private set; }

    /// <summary>Where the acknowledgement went.</summary>
    public string Email { get; private set; }

    public string Language { get; private set; }

    public bool WholeOrder { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public IReadOnlyList<WithdrawalLine> Lines => lines;

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>SHA-256 over every field a person reads and the previous hash, in a fixed text form.</summary>
    public string ComputeHash()
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{Sequence}\n{PreviousHash}\n{Key}\n{OrderId}\n{OrderNumber}\n{Name}\n{Email}\n{Language}\n{WholeOrder}\n")
            .Append(ReceivedAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        foreach (var line in lines.OrderBy(l => l.OrderLineId))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{line.OrderLineId}:{line.Quantity}:{line.Description}");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

internal sealed class WithdrawalLine
{
    private WithdrawalLine()
    {
        Description = null!;
    }

    public WithdrawalLine(long orderLineId, int quantity, string description)
    {
        OrderLineId = orderLineId;
        Quantity = quantity;
        Description = description;
    }

    public long Id { get; private set; }

    public long WithdrawalId { get; private set; }

    public long OrderLineId { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>The item as the order named it (name, colour, size, SKU), kept so the log reads on its own.</summary>
    public string Description { get; private set; }
}
