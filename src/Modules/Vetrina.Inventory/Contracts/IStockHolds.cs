namespace Vetrina.Inventory.Contracts;

/// <summary>Stock held under a reference (an order being placed), for the module that holds it.</summary>
public interface IStockHolds
{
    /// <summary>
    /// References that begin with <paramref name="prefix"/>, were first held between <paramref name="from"/> and
    /// <paramref name="to"/> and still hold stock, in the order of the reference, after <paramref name="after"/> (a page's last).
    /// </summary>
    Task<IReadOnlyList<string>> StillHeldAsync(string prefix, DateTimeOffset from, DateTimeOffset to, string? after, int take,
        CancellationToken cancellationToken);

    /// <summary>Gives back whatever the reference still holds; the units given back (none the second time).</summary>
    Task<int> ReleaseAsync(string reference, CancellationToken cancellationToken);
}
