using Vetrina.Kernel.Time;
using Vetrina.Markets.Calendars;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;

namespace Vetrina.UnitTests;

/// <summary>Return windows, who pays the label, and the business days refunds are counted in, checked against dates worked out by hand.</summary>
public sealed class ReturnRulesTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    [Theory]
    [InlineData("KR", 3, 7)]
    [InlineData("KR", 30, 30)]
    [InlineData("IT", 7, 14)]
    [InlineData("DE", 30, 30)]
    [InlineData("US", 10, 10)]
    public void TheWindow_NeverFallsBelowTheLawOfTheCountryDeliveredTo(string country, int policy, int expected) =>
        Assert.Equal(expected, ReturnRules.WindowDays(country, policy));

    [Fact]
    public void TheWindow_EndsAtMidnightInTheMarketsZone_CountedFromTheLocalDayOfDelivery()
    {
        // Delivered at 23:30 on 1 December in Seoul (14:30 UTC): 7 days take it to the end of 8 December, Seoul time.
        var delivered = new DateTimeOffset(2026, 12, 1, 14, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 12, 9, 0, 0, 0, TimeSpan.FromHours(9)).AddTicks(-1), ReturnRules.Deadline(delivered, 7, Seoul));
        // The same moment is still 1 December in Rome (15:30): the end of 15 December there, in winter time.
        Assert.Equal(new DateTimeOffset(2026, 12, 16, 0, 0, 0, TimeSpan.FromHours(1)).AddTicks(-1), ReturnRules.Deadline(delivered, 14, Rome));
    }

    [Theory]
    [InlineData(new[] { ReturnReason.TooSmall }, ReturnMethod.Label, 3000)]
    [InlineData(new[] { ReturnReason.ChangedMind, ReturnReason.Other }, ReturnMethod.Label, 3000)]
    [InlineData(new[] { ReturnReason.Faulty }, ReturnMethod.Label, 0)]
    [InlineData(new[] { ReturnReason.TooLarge, ReturnReason.NotAsPictured }, ReturnMethod.Label, 0)]
    [InlineData(new[] { ReturnReason.ArrivedLate }, ReturnMethod.Label, 0)]
    [InlineData(new[] { ReturnReason.ChangedMind }, ReturnMethod.StoreDropOff, 0)]
    public void TheShopperPaysTheLabel_OnlyWhenEveryReasonIsTheirs(ReturnReason[] reasons, ReturnMethod method, long expected) =>
        Assert.Equal(expected, ReturnRules.ShippingFee(reasons, method, 3000));

    [Fact]
    public void KoreanBusinessDays_SkipWeekendsAndPublicHolidays()
    {
        var korea = new MarketCalendars(Microsoft.Extensions.Options.Options.Create(new HolidayOptions())).For("KR");
        // Thursday 24 December 2026: Friday the 25th is Christmas, then the weekend; Monday 28, Tuesday 29, Wednesday 30.
        Assert.Equal(new DateOnly(2026, 12, 30), korea.AddBusinessDays(new DateOnly(2026, 12, 24), 3));
        // Friday 13 February 2026: Seollal runs Monday 16 to Wednesday 18; Thursday 19, Friday 20, Monday 23.
        Assert.Equal(new DateOnly(2026, 2, 23), korea.AddBusinessDays(new DateOnly(2026, 2, 13), 3));
        Assert.False(korea.IsBusinessDay(new DateOnly(2026, 10, 5)));
    }

    [Fact]
    public void ItalianHolidays_IncludeEasterMondayAndMilansSaint()
    {
        // Easter Sunday: 5 April 2026, 28 March 2027, 16 April 2028 (published tables).
        Assert.Equal(new DateOnly(2026, 4, 5), MarketCalendars.EasterSunday(2026));
        Assert.Equal(new DateOnly(2027, 3, 28), MarketCalendars.EasterSunday(2027));
        Assert.Equal(new DateOnly(2028, 4, 16), MarketCalendars.EasterSunday(2028));
        var italy = new MarketCalendars(Microsoft.Extensions.Options.Options.Create(new HolidayOptions())).For("IT");
        Assert.False(italy.IsBusinessDay(new DateOnly(2026, 4, 6)));
        Assert.False(italy.IsBusinessDay(new DateOnly(2026, 12, 7)));
        // Friday 4 December 2026 + 2 business days: Monday 7 (Sant'Ambrogio) and Tuesday 8 (Immacolata) are holidays.
        Assert.Equal(new DateOnly(2026, 12, 10), italy.AddBusinessDays(new DateOnly(2026, 12, 4), 2));
    }

    [Fact]
    public void ExtraHolidays_FromSettings_AreAdded()
    {
        var options = new HolidayOptions { ["KR"] = [new DateOnly(2026, 5, 1)] };
        var korea = new MarketCalendars(Microsoft.Extensions.Options.Options.Create(options)).For("KR");
        Assert.False(korea.IsBusinessDay(new DateOnly(2026, 5, 1)));
        // A market without holidays works Monday to Friday: Friday 4 December + 3 is Wednesday 9.
        Assert.Equal(new DateOnly(2026, 12, 9), new BusinessCalendar([]).AddBusinessDays(new DateOnly(2026, 12, 4), 3));
    }
}
