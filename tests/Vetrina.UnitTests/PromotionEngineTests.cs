using Vetrina.Kernel;
using Vetrina.Promotions.Contracts;
using Vetrina.Promotions.Domain;
using Vetrina.Promotions.Pricing;

namespace Vetrina.UnitTests;

public sealed class PromotionEngineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<string> Knit = ["category:women-knitwear"];
    private static readonly HashSet<string> Coat = ["category:women-coats"];

    private static readonly AutomaticPromotion TwoKnits =
        new(new("Buy 2 knits", "2 maglie", "니트 2개"), 2, 1000, null, null, "category:women-knitwear");

    [Fact]
    public void TheAutomaticPromotion_NeedsItsQuantityOfEligibleItems_AndDiscountsOnlyThose()
    {
        PricedLine[] one = [new(10_000, 1, Knit), new(30_000, 1, Coat)];
        PricedLine[] two = [new(20_000, 2, Knit), new(30_000, 1, Coat)];

        Assert.Empty(PromotionEngine.Apply(one, Currency.Eur, Now, [TwoKnits], null, null).Applied);
        Assert.Equal(2_000, PromotionEngine.Apply(two, Currency.Eur, Now, [TwoKnits], null, null).TotalMinor);
    }

    [Fact]
    public void AFixedCode_NeverTakesMoreThanTheEligibleItems_AndAFreeShippingCodeFlagsShipping()
    {
        var fixedCode = new DiscountCode("FIFTY", DiscountKind.Fixed, 0, Currency.Eur, 5_000, null, null, null, null, null, "category:women-coats", true);
        var freeShipping = new DiscountCode("SHIP", DiscountKind.FreeShipping, 0, null, 0, null, null, null, null, null, null, true);
        PricedLine[] lines = [new(10_000, 1, Knit), new(3_000, 1, Coat)];

        Assert.Equal(3_000, PromotionEngine.Apply(lines, Currency.Eur, Now, [], "fifty", fixedCode).TotalMinor);
        var shipping = PromotionEngine.Apply(lines, Currency.Eur, Now, [], "SHIP", freeShipping);
        Assert.True(shipping.FreeShipping);
        Assert.Equal(0, shipping.TotalMinor);
    }

    [Fact]
    public void ACodeThatDoesNotCombine_ReplacesTheAutomaticPromotionOnlyWhenItSavesMore()
    {
        PricedLine[] lines = [new(20_000, 2, Knit)];
        var ten = new DiscountCode("TEN", DiscountKind.Percent, 1000, null, 0, null, null, null, null, null, null, false);
        var twenty = new DiscountCode("TWENTY", DiscountKind.Percent, 2000, null, 0, null, null, null, null, null, null, false);
        var stacking = new DiscountCode("STACK", DiscountKind.Percent, 500, null, 0, null, null, null, null, null, null, true);

        Assert.Equal(CodeProblem.NotCombinable, PromotionEngine.Apply(lines, Currency.Eur, Now, [TwoKnits], "TEN", ten).CodeProblem);
        var better = PromotionEngine.Apply(lines, Currency.Eur, Now, [TwoKnits], "TWENTY", twenty);
        Assert.Equal((4_000, false), (better.TotalMinor, better.Applied.Any(a => a.PromotionId is not null)));
        Assert.Equal(3_000, PromotionEngine.Apply(lines, Currency.Eur, Now, [TwoKnits], "STACK", stacking).TotalMinor);
    }

    [Theory]
    [InlineData(-2, null, null, CodeProblem.None)]
    [InlineData(1, null, null, CodeProblem.NotYetValid)]
    [InlineData(-3, -1, null, CodeProblem.Expired)]
    [InlineData(-2, null, 0, CodeProblem.UsedUp)]
    public void ACodeApplies_OnlyInsideItsDates_AndUnderItsLimit(int startDays, int? endDays, int? limit, CodeProblem expected)
    {
        var code = new DiscountCode("DATED", DiscountKind.Percent, 1000, null, 0, null, Now.AddDays(startDays), endDays is { } e ? Now.AddDays(e) : null, limit,
            null, null, true);
        Assert.Equal(expected, PromotionEngine.Apply([new(10_000, 1, Coat)], Currency.Eur, Now, [], "DATED", code).CodeProblem);
    }

    [Fact]
    public void MinimumSpendAndCurrency_AreChecked_AndTheMinimumIsReported()
    {
        var code = new DiscountCode("MIN", DiscountKind.Percent, 1000, Currency.Eur, 0, 15_000, null, null, null, null, null, true);
        var result = PromotionEngine.Apply([new(10_000, 1, Coat)], Currency.Eur, Now, [], "MIN", code);
        Assert.Equal((CodeProblem.MinimumSpend, (long?)15_000), (result.CodeProblem, result.MinimumMinor));
        Assert.Equal(CodeProblem.WrongCurrency, PromotionEngine.Apply([new(100_000, 1, Coat)], Currency.Krw, Now, [], "MIN", code).CodeProblem);
        Assert.Equal(CodeProblem.Unknown, PromotionEngine.Apply([new(100_000, 1, Coat)], Currency.Eur, Now, [], "NOPE", null).CodeProblem);
    }
}
