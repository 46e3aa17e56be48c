using System.Security.Cryptography;
using System.Text;

namespace Vetrina.Kernel;

/// <summary>
/// Who is visiting, as far as the visitor's consent lets the shop know. Analytics counts visits by it; an order keeps
/// the visitor who placed it, so that the visits are credited with the sale.
/// </summary>
public readonly record struct Visitor(Guid Id, VisitorKind Kind)
{
    /// <summary>An integration's own client id (a headless storefront's, as in <c>POST /t/collect</c>), mapped onto a visitor id of its own.</summary>
    public static Visitor FromClientId(string clientId) => new(HashId(Encoding.UTF8.GetBytes("client\n" + clientId)), VisitorKind.Client);

    /// <summary>A visitor id made from data that must not be kept as it is.</summary>
    public static Guid HashId(byte[] data) => new(SHA256.HashData(data).AsSpan(0, 16));
}

/// <summary>Where a visitor id comes from, which says how far it can be followed.</summary>
public enum VisitorKind : byte
{
    /// <summary>No analytics consent: a hash that changes every day, so a visitor is never followed across days.</summary>
    Cookieless = 0,

    /// <summary>Analytics consent: the first-party visitor cookie.</summary>
    Cookie = 1,

    /// <summary>An integration's own client id (Measurement Protocol style).</summary>
    Client = 2,
}
