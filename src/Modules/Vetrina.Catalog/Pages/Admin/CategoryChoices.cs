using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Domain;

namespace Vetrina.Catalog.Pages.Admin;

/// <summary>
/// The categories a style can sit in, each named by its path ("Women > Clothing > Knitwear"): women's and men's boots
/// share a name, and only the path tells them apart. In path order, so a division's categories stay together.
/// </summary>
internal static class CategoryChoices
{
    public static IReadOnlyList<(int Id, string Path)> Of(IReadOnlyList<Category> categories)
    {
        var byId = categories.ToDictionary(c => c.Id);
        string PathOf(Category category) =>
            category.ParentId is { } parent && byId.TryGetValue(parent, out var above) ? $"{PathOf(above)} > {category.Name.En}" : category.Name.En;

        return [.. categories.Where(c => c.Level >= CategoryLevel.Category).Select(c => (c.Id, PathOf(c))).OrderBy(c => c.Item2, StringComparer.Ordinal)];
    }
}
