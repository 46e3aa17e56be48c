using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Helpdesk.Domain;

namespace Vetrina.IntegrationTests;

/// <summary>Ticket search over the whole history: words in Italian, Korean and English, a ticket number, an email, an order number.</summary>
public abstract partial class HelpdeskContract
{
    [Fact]
    public async Task TicketSearch_FindsWordsInItalianKoreanAndEnglish_ANumber_AnEmail_AndAnOrder()
    {
        var code = $"q{Guid.NewGuid():N}"[..12];
        var (italian, korean, english) = ($"it.{code}@example.com", $"ko.{code}@example.kr", $"en.{code}@example.com");
        await PostAsync(app.CreateClient(new() { HandleCookies = true }), "/it/pages/contact",
            new() { ["Name"] = "Giulia Rossi", ["Email"] = italian, ["Topic"] = "Returns", ["Message"] = $"Vorrei il rimborso, perché la taglia è sbagliata. Rif. {code}" });
        await PostAsync(app.CreateClient(new() { HandleCookies = true }), "/ko/pages/contact",
            new() { ["Name"] = "김민지", ["Email"] = korean, ["Topic"] = "Returns", ["order"] = $"VT-{code[1..7]}", ["Message"] = $"환불을 요청합니다 {code}" });
        await PostAsync(app.CreateClient(new() { HandleCookies = true }), "/en/pages/contact",
            new() { ["Name"] = "Sam Lee", ["Email"] = english, ["Topic"] = "Delivery", ["Message"] = $"My parcel never arrived. {code}" });
        var tickets = await app.WithDbAsync(db => db.Set<Ticket>().Where(t => t.Email.EndsWith(code + "@example.com") || t.Email.EndsWith(code + "@example.kr"))
            .ToDictionaryAsync(t => t.Email, t => t.Number));

        // An agent's note is searchable too; the index catches up with the job's next run.
        var staff = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, "agent"), "a long test password");
        var page = $"/admin/service/{tickets[english]}";
        await staff.SubmitAsync(page, "Note", new() { ["version"] = Version(await staff.Client.GetStringAsync(page)), ["text"] = "Corriere contattato: pacco smarrito." });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The job may have run meanwhile: then this run finds less left to do.
            await scope.ServiceProvider.GetRequiredService<Vetrina.Helpdesk.Search.TicketIndexer>().IndexAsync(default);
        }

        async Task<string> SearchAsync(string query) =>
            WebUtility.HtmlDecode(await staff.Client.GetStringAsync($"/admin/service?q={Uri.EscapeDataString(query)}"));

        var accented = await SearchAsync($"RIMBORSO perche {code}");
        Assert.Contains($">{tickets[italian]}</a>", accented, StringComparison.Ordinal);
        Assert.Contains("1 ticket matching", accented, StringComparison.Ordinal);
        // "환불" finds the message that says "환불을"; every word must appear.
        var hangul = await SearchAsync($"환불 {code}");
        Assert.Contains($">{tickets[korean]}</a>", hangul, StringComparison.Ordinal);
        Assert.DoesNotContain($">{tickets[italian]}</a>", hangul, StringComparison.Ordinal);
        Assert.Contains($">{tickets[english]}</a>", await SearchAsync($"smarrito {code}"), StringComparison.Ordinal);
        Assert.Contains("No tickets match", await SearchAsync($"refund {code}"), StringComparison.Ordinal);

        Assert.Contains($">{tickets[korean]}</a>", await SearchAsync(korean.ToUpperInvariant()), StringComparison.Ordinal);
        Assert.Contains($">{tickets[korean]}</a>", await SearchAsync($"vt-{code[1..7]}"), StringComparison.Ordinal);
        var byNumber = await SearchAsync(tickets[english]);
        Assert.Contains($">{tickets[english]}</a>", byNumber, StringComparison.Ordinal);
        Assert.Contains("1 ticket matching", byNumber, StringComparison.Ordinal);
        var script = await staff.Client.GetStringAsync($"/admin/service?q={Uri.EscapeDataString($"<b>{code}</b>")}");
        Assert.Contains($"&lt;b&gt;{code}&lt;/b&gt;", script, StringComparison.Ordinal);
        Assert.DoesNotContain($"<b>{code}", script, StringComparison.Ordinal);
    }
}
