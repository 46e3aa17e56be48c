using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;

namespace Vetrina.Catalog.Transfer;

/// <summary>What the parser checks a file against: the hierarchy, seasons, markets and the styles already there.</summary>
internal sealed record ImportContext(
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Season> Seasons,
    IReadOnlyDictionary<string, Currency> Markets,
    string PrimaryMarket,
    IReadOnlyDictionary<string, string> CodeByHandle,
    IReadOnlyDictionary<string, (int CategoryId, Lifecycle Lifecycle)> Existing)
{
    public Category? FindCategory(string text) =>
        Categories.FirstOrDefault(c => string.Equals(c.Code, text, StringComparison.OrdinalIgnoreCase))
        ?? Categories.FirstOrDefault(c => string.Equals(c.Name.En, text, StringComparison.OrdinalIgnoreCase))
        ?? Categories.FirstOrDefault(c => string.Equals(c.Code, Slug.From(text), StringComparison.Ordinal));

    public SizeChart ChartFor(int categoryId) => SizeChart.For(Categories.First(c => c.Id == categoryId).SizeType);
}
