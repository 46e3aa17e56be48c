using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Vetrina.Catalog.Features.Api;

/// <summary>Weak ETags derived from what a response is built from, so a client's conditional GET costs no body.</summary>
internal static class ETags
{
    public static bool NotModified(HttpContext http, string source)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)).AsSpan(0, 12));
        var etag = new EntityTagHeaderValue($"\"{hash}\"", isWeak: true);
        http.Response.Headers.ETag = etag.ToString();
        var requested = http.Request.GetTypedHeaders().IfNoneMatch;
        return requested.Any(t => t.Compare(etag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any));
    }
}
