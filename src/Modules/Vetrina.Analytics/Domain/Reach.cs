namespace Vetrina.Analytics.Domain;

/// <summary>The distinct visitors and buyers of a group of rollup rows, merged from their sketches as they are read.</summary>
internal sealed class Reach
{
    public VisitorSketch Users { get; } = new();

    public VisitorSketch Buyers { get; } = new();

    public void Add(IVisitorCounts row) => Add(row.Visitors, row.Users, row.Buyers, row.PurchaseUsers);

    public void Add(byte[]? visitors, int users, byte[]? buyers, int purchaseUsers)
    {
        Users.Add(visitors, users);
        Buyers.Add(buyers, purchaseUsers);
    }

    public void Add(Reach other)
    {
        Users.Add(other.Users);
        Buyers.Add(other.Buyers);
    }
}
