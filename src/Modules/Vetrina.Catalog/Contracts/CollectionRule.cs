namespace Vetrina.Catalog.Contracts;

/// <summary>Which styles an automatic collection holds: every condition given must hold.</summary>
public sealed record CollectionRule
{
    public int? CategoryId { get; init; }

    public int? SeasonId { get; init; }

    public Gender? Gender { get; init; }

    public bool OnlyMarkdown { get; init; }

    public bool OnlyNewIn { get; init; }

    public bool IsEmpty => CategoryId is null && SeasonId is null && Gender is null && !OnlyMarkdown && !OnlyNewIn;
}
