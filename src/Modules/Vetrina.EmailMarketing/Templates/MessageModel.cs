namespace Vetrina.EmailMarketing.Templates;

/// <summary>A product as an email's product block shows it: name, price in the recipient's market, page and picture.</summary>
internal sealed record ProductBlock(string Code, string Name, string Price, string? WasPrice, string Url, string? Image, string? ImageAlt);

/// <summary>What one recipient's email is rendered from. Liquid sees it as <c>contact.first_name</c>, <c>products</c>, <c>shop.name</c>…</summary>
internal sealed record MessageModel(
    string Email,
    string? FirstName,
    string? LastName,
    string Language,
    string Country,
    string ShopName,
    string ShopUrl,
    string UnsubscribeUrl,
    IReadOnlyList<ProductBlock> Products,
    IReadOnlyDictionary<string, object?>? Extra = null);
