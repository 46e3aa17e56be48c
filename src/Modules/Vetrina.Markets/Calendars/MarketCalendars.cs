using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Vetrina.Kernel.Time;
using Vetrina.Markets.Contracts;

namespace Vetrina.Markets.Calendars;

internal sealed class MarketCalendars(IOptions<HolidayOptions> options) : IMarketCalendars
{
    /// <summary>
    /// Korea's public holidays (관공서의 공휴일에 관한 규정) with their substitute days (대체공휴일): Seollal and Chuseok
    /// move with the lunar calendar, elections are set by law; check and extend each year.
    /// </summary>
    private static readonly DateOnly[] Korea =
    [
        new(2026, 1, 1), new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 3, 2), new(2026, 5, 5), new(2026, 5, 25),
        new(2026, 6, 3), new(2026, 8, 17), new(2026, 9, 24), new(2026, 9, 25), new(2026, 9, 26), new(2026, 10, 5), new(2026, 10, 9),
        new(2026, 12, 25),
        new(2027, 1, 1), new(2027, 2, 8), new(2027, 2, 9), new(2027, 3, 1), new(2027, 5, 5), new(2027, 5, 13), new(2027, 8, 16),
        new(2027, 9, 14), new(2027, 9, 15), new(2027, 9, 16), new(2027, 10, 4), new(2027, 10, 11), new(2027, 12, 27),
    ];

    private readonly ConcurrentDictionary<string, BusinessCalendar> calendars = new(StringComparer.OrdinalIgnoreCase);

    public BusinessCalendar For(string marketCode) => calendars.GetOrAdd(marketCode, code =>
    {
        var listed = options.Value.GetValueOrDefault(code) ?? [];
        return code.ToUpperInvariant() switch
        {
            "KR" => new BusinessCalendar([.. Korea, .. listed]),
            "IT" => new BusinessCalendar([.. Enumerable.Range(2020, 21).SelectMany(Italy), .. listed]),
            _ => new BusinessCalendar(listed),
        };
    });

    /// <summary>Italy's national holidays (law 260/1949 as amended), and Milan's patron saint, Sant'Ambrogio, where the shop is.</summary>
    internal static IEnumerable<DateOnly> Italy(int year)
    {
        int[][] fixedDays = [[1, 1], [1, 6], [4, 25], [5, 1], [6, 2], [8, 15], [11, 1], [12, 7], [12, 8], [12, 25], [12, 26]];
        foreach (var day in fixedDays)
        {
            yield return new DateOnly(year, day[0], day[1]);
        }

        yield return EasterSunday(year).AddDays(1);
    }

    /// <summary>Gregorian Easter Sunday (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").</summary>
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
