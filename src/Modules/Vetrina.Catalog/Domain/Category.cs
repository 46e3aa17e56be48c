using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;

namespace Vetrina.Catalog.Domain;

/// <summary>A node of the merchandising hierarchy: division > department > category > subcategory.</summary>
internal sealed class Category
{
    private Category()
    {
        Code = null!;
        Name = null!;
    }

    public Category(string code, LocalizedText name, CategoryLevel level, Category? parent, SizeType sizeType, int position)
    {
        if (parent is null && level != CategoryLevel.Division)
        {
            throw new DomainException("Only a division stands without a parent.");
        }

        if (parent is not null && level != parent.Level + 1)
        {
            throw new DomainException($"A {level} sits directly under a {level - 1}, not under a {parent.Level}.");
        }

        Code = Slug.From(code);
        Name = name;
        Level = level;
        Parent = parent;
        SizeType = sizeType;
        Position = position;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public LocalizedText Name { get; private set; }

    public CategoryLevel Level { get; private set; }

    public int? ParentId { get; private set; }

    public Category? Parent { get; private set; }

    /// <summary>The size chart styles of this category use.</summary>
    public SizeType SizeType { get; private set; }

    public int Position { get; private set; }
}
