namespace Vetrina.Catalog.Contracts;

/// <summary>The shop's manual redirects, as every shop request that no page answered asks them.</summary>
public interface IRedirects
{
    /// <summary>The rule for a path (trailing slash and case ignored), if any.</summary>
    ValueTask<RedirectTarget?> FindAsync(string path, CancellationToken cancellationToken);
}

/// <summary>Where a redirected path goes, and whether for good (301) or for now (302).</summary>
public sealed record RedirectTarget(string To, bool Permanent);
