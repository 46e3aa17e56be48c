using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Vetrina.Data.Web;

/// <summary>
/// The Content-Security-Policy every response carries. Scripts and style sheets run only from the shop's own origin or
/// inline with this request's nonce (<see cref="NonceTagHelper"/> stamps it on every script and style element), so
/// markup that slipped past escaping cannot run script. Style attributes stay allowed: the catalogue's swatch colours
/// and the dashboards' bar widths are data written into them, and a style attribute cannot run script.
/// </summary>
public static class ContentSecurity
{
    private const string NonceKey = "vetrina:csp-nonce";

    /// <summary>
    /// This request's nonce, made on first use. A page the output cache keeps is served with the policy it was made
    /// with, so its nonce repeats while it is cached: it is the same page for everyone, made before anyone saw the nonce.
    /// </summary>
    public static string NonceOf(HttpContext http)
    {
        if (http.Items[NonceKey] is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceKey] = nonce;
        return nonce;
    }

    /// <summary>
    /// Product images may live at any https address (the catalogue accepts one), hence img-src; a card challenge sends
    /// the shopper on to the payment provider's page once the checkout form is posted, and browsers hold that redirect
    /// to form-action, hence https: there. Nothing else is loaded from elsewhere, and no page may be framed.
    /// </summary>
    public static string PolicyFor(HttpContext http)
    {
        var nonce = NonceOf(http);
        return $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' https:; frame-ancestors 'none'";
    }
}
