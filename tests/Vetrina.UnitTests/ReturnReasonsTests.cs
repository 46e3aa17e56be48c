using Vetrina.Analytics.Reporting;
using Vetrina.Orders.Contracts;

namespace Vetrina.UnitTests;

/// <summary>The returns-by-reason table: sizes added up per colour, and the fit read from the reasons, against figures worked out by hand.</summary>
public sealed class ReturnReasonsTests
{
    [Theory]
    [InlineData(2, 0, 3, "Runs small")]
    [InlineData(2, 0, 2, null)]
    [InlineData(3, 2, 10, null)]
    [InlineData(3, 1, 12, "Runs small")]
    [InlineData(2, 1, 10, null)]
    [InlineData(0, 5, 8, "Runs large")]
    [InlineData(0, 0, 9, null)]
    public void Fit_NeedsThreeReturns_AQuarterOfThem_AndTwiceTheOtherWay(int tooSmall, int tooLarge, int returned, string? expected) =>
        Assert.Equal(expected, ReturnReasons.Fit(tooSmall, tooLarge, returned));

    [Fact]
    public void ByColour_AddsUpItsSizes_AndPutsTheMostReturnedFirst()
    {
        ReturnStatisticsRow[] rows =
        [
            new("W-KNIT", "Knit", "Navy", "S", 10, 3, new Dictionary<ReturnReason, int> { [ReturnReason.TooSmall] = 2 }, 1),
            new("W-KNIT", "Knit", "Navy", "M", 6, 2, new Dictionary<ReturnReason, int> { [ReturnReason.TooSmall] = 1, [ReturnReason.Faulty] = 1 }, 0),
            new("W-KNIT", "Knit", "Ivory", "S", 4, 0, new Dictionary<ReturnReason, int>(), 0),
            new("M-COAT", "Coat", "Camel", "48", 5, 4, new Dictionary<ReturnReason, int> { [ReturnReason.TooLarge] = 4 }, 0),
        ];

        var byColour = ReturnReasons.Group(rows, bySize: false);

        // Navy: 16 sold, 5 back (3 too small, 1 faulty, 1 without reason), 31.25 %; too small 3 ≥ 5/4 and ≥ 2 × 0: runs small.
        Assert.Equal(["W-KNIT Navy", "M-COAT Camel", "W-KNIT Ivory"], byColour.Select(r => $"{r.StyleCode} {r.Colour}"));
        var navy = byColour[0];
        Assert.Equal((16, 5, 3, 1, 1, 0.3125m, "Runs small"), (navy.Sold, navy.Returned, navy.Of(ReturnReason.TooSmall), navy.Of(ReturnReason.Faulty), navy.NoReasonGiven,
            navy.ReturnRate!.Value, navy.Fit));
        Assert.Equal("Runs large", byColour[1].Fit);
        Assert.Equal(4, ReturnReasons.Group(rows, bySize: true).Count);
    }
}
