using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Domain;

/// <summary>A style's VAT-inclusive prices on a market's price list.</summary>
internal sealed class StylePrice
{
    private StylePrice()
    {
        Market = null!;
        Currency = null!;
    }

    internal StylePrice(string market, Money fullPrice, Money? markdownPrice)
    {
        Market = market;
        Currency = fullPrice.Currency;
        Change(fullPrice, markdownPrice);
    }

    public int StyleId { get; private set; }

    public string Market { get; private set; }

    public Currency Currency { get; private set; }

    public long FullAmount { get; private set; }

    public long? MarkdownAmount { get; private set; }

    public Money FullPrice => new(FullAmount, Currency);

    public Money? MarkdownPrice => MarkdownAmount is { } amount ? new Money(amount, Currency) : null;

    public Money SellingPrice(Lifecycle stage) =>
        LifecycleRules.SellsAtMarkdown(stage) && MarkdownPrice is { } markdown ? markdown : FullPrice;

    internal void Change(Money fullPrice, Money? markdownPrice)
    {
        Currency = fullPrice.Currency;
        FullAmount = fullPrice.Minor;
        MarkdownAmount = markdownPrice?.Minor;
    }
}
