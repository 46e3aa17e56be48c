namespace Vetrina.Messaging.Contracts;

/// <summary>
/// DMARC's relaxed alignment as far as it can be told without the public suffix list: a DKIM or bounce domain aligns
/// with the From domain when one is the other or sits under it (<c>mail.brand.it</c> under <c>brand.it</c>, or the
/// reverse). Sibling subdomains of one brand (<c>news.brand.it</c> and <c>shop.brand.it</c>) align for receivers too,
/// but are refused here: signing with the parent domain is as easy and can be checked.
/// </summary>
public static class DomainAlignment
{
    public static bool Aligned(string domain, string fromDomain)
    {
        var a = Normal(domain);
        var b = Normal(fromDomain);
        return a == b || a.EndsWith("." + b, StringComparison.Ordinal) || b.EndsWith("." + a, StringComparison.Ordinal);
    }

    private static string Normal(string domain) => domain.Trim().TrimEnd('.').ToLowerInvariant();
}
