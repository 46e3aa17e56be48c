using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Vetrina.Data.Security;

/// <summary>
/// Who is asking, as far as limits can tell: the client's address after the trusted proxies' forwarded headers.
/// IPv6 clients are counted by their /64, the block one subscriber is given, so a new address per request does not
/// escape a count.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { AddressFamily: AddressFamily.InterNetworkV6, IsIPv4MappedToIPv6: false } v6 => new IPNetwork(v6, 64).BaseAddress + "/64",
        var ip => ip.MapToIPv4().ToString(),
    };
}
