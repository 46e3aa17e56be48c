namespace Vetrina.Catalog.Contracts;

/// <summary>The levels of the merchandising hierarchy.</summary>
public enum CategoryLevel
{
    Division,
    Department,
    Category,
    Subcategory,
}
