namespace Vetrina.Catalog.Contracts;

/// <summary>Which size chart a category uses; SKUs carry their size in the chart's base system.</summary>
public enum SizeType
{
    WomenApparel,
    WomenLetter,
    MenApparel,
    MenLetter,
    WomenShoes,
    MenShoes,
    OneSize,
}
