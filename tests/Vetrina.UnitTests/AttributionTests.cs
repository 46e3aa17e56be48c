using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Reporting;

namespace Vetrina.UnitTests;

/// <summary>
/// One order after three visits (paid search two weeks before, an email one week before, a direct visit that day): how
/// each model shares it out. The shares are worked out by hand.
/// </summary>
public sealed class AttributionTests
{
    private static readonly DateTimeOffset Order = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static readonly Touchpoint[] Visits =
    [
        new(Order.AddDays(-14), Channel.PaidSearch, "fw26"),
        new(Order.AddDays(-7), Channel.Email, "black-friday"),
        new(Order, Channel.Direct, null),
    ];

    [Theory]
    [InlineData(nameof(AttributionModel.LastClick), 0, 1, 0)]
    [InlineData(nameof(AttributionModel.FirstClick), 1, 0, 0)]
    [InlineData(nameof(AttributionModel.Linear), 1 / 3.0, 1 / 3.0, 1 / 3.0)]
    [InlineData(nameof(AttributionModel.PositionBased), 0.4, 0.2, 0.4)]
    // Seven-day half-life: weights 1/4, 1/2, 1 out of 7/4.
    [InlineData(nameof(AttributionModel.TimeDecay), 1 / 7.0, 2 / 7.0, 4 / 7.0)]
    public void EachModel_SharesTheOrderAsDefined(string model, double first, double second, double third)
    {
        var credit = Attribution.Credit(Enum.Parse<AttributionModel>(model), Visits, Order);

        Assert.Equal([first, second, third], credit, (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void LastClick_GoesToTheDirectVisit_OnlyWhenThereIsNothingElse()
    {
        Touchpoint[] direct = [new(Order.AddDays(-2), Channel.Direct, null), new(Order, Channel.Direct, null)];

        Assert.Equal([0.0, 1.0], Attribution.Credit(AttributionModel.LastClick, direct, Order));
    }

    [Fact]
    public void PositionBased_GivesOneVisitAll_AndTwoVisitsHalfEach()
    {
        Assert.Equal([1.0], Attribution.Credit(AttributionModel.PositionBased, Visits[..1], Order));
        Assert.Equal([0.5, 0.5], Attribution.Credit(AttributionModel.PositionBased, Visits[..2], Order));
    }
}
