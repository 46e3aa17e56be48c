using Vetrina.Helpdesk.Contracts;
using Vetrina.Helpdesk.Domain;
using Vetrina.Helpdesk.Sla;
using Vetrina.Kernel.Time;
using Vetrina.Markets.Calendars;

namespace Vetrina.UnitTests;

/// <summary>
/// Service targets counted in working hours, on timelines worked out by hand: Seoul's desk opens 9:00–18:00 on business
/// days; Chuseok 2026 is Thursday 24 to Saturday 26 September, so from Wednesday evening the next working hour is Monday 28 at 9:00.
/// </summary>
public sealed class ServiceLevelTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    private static readonly BusinessHours SeoulDesk = new(Seoul, new MarketCalendars(Microsoft.Extensions.Options.Options.Create(new HolidayOptions())).For("KR"),
        new TimeOnly(9, 0), new TimeOnly(18, 0));

    private static DateTimeOffset Kst(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(9));

    [Fact]
    public void WorkingTime_SkipsNights_TheWeekend_AndChuseok()
    {
        // Wednesday 17:00 to 18:00 is 1 h; Thursday to Sunday are closed; Monday 9:00 to 10:30 is 1 h 30 min.
        Assert.Equal(TimeSpan.FromHours(2.5), SeoulDesk.Between(Kst(9, 23, 17), Kst(9, 28, 10, 30)));
        // Sent at night or on a holiday, nothing counts until the desk opens.
        Assert.Equal(TimeSpan.Zero, SeoulDesk.Between(Kst(9, 23, 19), Kst(9, 28, 8, 59)));
        Assert.Equal(TimeSpan.Zero, SeoulDesk.Between(Kst(9, 28, 12), Kst(9, 28, 11)));
    }

    [Fact]
    public void ADeadline_InWorkingHours_LandsAfterTheHolidays()
    {
        // 8 working hours from Wednesday 17:00: 1 h on Wednesday, then 7 h from Monday 9:00: Monday 16:00.
        Assert.Equal(Kst(9, 28, 16), SeoulDesk.Add(Kst(9, 23, 17), TimeSpan.FromHours(8)));
        // Exactly a day's hours from an evening: the next working day's closing time.
        Assert.Equal(Kst(9, 29, 18), SeoulDesk.Add(Kst(9, 28, 18, 30), TimeSpan.FromHours(9)));
        // From Saturday night, nothing is used before Monday's opening.
        Assert.Equal(Kst(10, 12, 9, 30), SeoulDesk.Add(Kst(10, 10, 22), TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void TheTicketsClock_StopsWhileItWaitsOnTheCustomer()
    {
        var terms = new SlaTerms(SeoulDesk, TimeSpan.FromHours(8), TimeSpan.FromHours(27));
        var ticket = new Ticket("k", "t", "kim@example.kr", "김민지", null, "ko", "KR", TicketTopic.Delivery, TicketChannel.ContactForm, null, Kst(9, 23, 17));
        ticket.Measure(terms, Kst(9, 23, 17));
        Assert.Equal(Kst(9, 28, 16), ticket.DueAt);

        // Answered Monday 10:30 and waiting on the customer: 2 h 30 min to the first answer, no deadline while waiting.
        ticket.Reply("agent@vetrina.example", "Domani.", TicketStatus.PendingCustomer, Kst(9, 28, 10, 30));
        ticket.Measure(terms, Kst(9, 28, 10, 30));
        Assert.Equal((9000L, (DateTimeOffset?)null), (ticket.FirstResponseSeconds!.Value, ticket.DueAt));

        // The customer writes on Tuesday at 15:00: 7 h 30 min on Monday and 6 h on Tuesday were theirs. The 27 h to solve
        // now end 40 h 30 min of working time after Wednesday 17:00: 1 + 9 (Mon) + 9 (Tue) + 9 (Wed 30) + 9 (Thu 1) = 37, then 3 h 30 min on Friday 2 October.
        ticket.CustomerWrote(Kst(9, 29, 15));
        ticket.Measure(terms, Kst(9, 29, 15));
        Assert.Equal((13.5 * 3600, Kst(10, 2, 12, 30)), ((double)ticket.SlaPausedSeconds, ticket.DueAt!.Value));

        // Solved Tuesday 17:00: 18 h of working time since Wednesday, less the 13 h 30 min waiting: 4 h 30 min.
        ticket.Reply("agent@vetrina.example", "Fatto.", TicketStatus.Solved, Kst(9, 29, 17));
        ticket.Measure(terms, Kst(9, 29, 17));
        Assert.Equal((16200L, (DateTimeOffset?)null), (ticket.ResolutionSeconds!.Value, ticket.DueAt));
        Assert.Equal(9000L, ticket.FirstResponseSeconds);
    }

    [Fact]
    public void TheReportsFigures_FollowTheirDefinitions()
    {
        var now = Kst(10, 5, 12);
        ServiceFigures.Row Row(long? first, long? solved, DateTimeOffset? due = null, int? rating = null) =>
            new("a", TicketTopic.Order, TicketChannel.Email, first, 3600, solved, 7200, first is not null, due, rating);

        // First responses of 600, 1800, 3000 and 4200 s against 3600 s: three on time, one late, plus one unanswered and overdue: 3 of 5.
        // Median of the four measured: (1800 + 3000) / 2 = 2400; nearest-rank p90: rank ceil(0.9 × 4) = 4, so 4200.
        var figures = ServiceFigures.Of("a", [Row(600, 7000, rating: 5), Row(1800, 9000, rating: 4), Row(3000, null, due: now.AddHours(-1)), Row(4200, null, due: now.AddHours(1), rating: 2),
            Row(null, null, due: now.AddMinutes(-5))], now);
        Assert.Equal((5, 3, 2), (figures.Tickets, figures.FirstResponseMet, figures.FirstResponseMissed));
        Assert.Equal((2400d, 4200d), (figures.FirstResponseMedian!.Value, figures.FirstResponseP90!.Value));
        // Solved in 7000 s (on time) and 9000 s (late); one answered ticket's resolution deadline has passed: 1 of 3.
        Assert.Equal((1, 2, 8000d, 9000d), (figures.ResolutionMet, figures.ResolutionMissed, figures.ResolutionMedian!.Value, figures.ResolutionP90!.Value));
        // Ratings 5, 4 and 2: two satisfied of three; average 11 / 3.
        Assert.Equal((3, 2), (figures.Ratings, figures.Satisfied));
        Assert.Equal(11d / 3, figures.AverageRating!.Value, 10);
    }
}
