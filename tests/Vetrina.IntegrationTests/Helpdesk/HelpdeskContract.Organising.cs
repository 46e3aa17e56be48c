using System.Net;
using Microsoft.EntityFrameworkCore;
using Vetrina.Helpdesk.Domain;
using Vetrina.Kernel.Time;

namespace Vetrina.IntegrationTests;

/// <summary>Tags, merging two tickets of one customer, and the warning that another agent is answering the same ticket.</summary>
public abstract partial class HelpdeskContract
{
    [Fact]
    public async Task Tickets_AreTaggedAndFilteredByTag_MergedOnlyWithinOneCustomer_AndMailToTheMergedOneFollows()
    {
        var (email, other) = ($"merge.{Guid.NewGuid():N}@example.com", $"merge.other.{Guid.NewGuid():N}@example.com");
        foreach (var (who, message) in new[] { (email, "Where is my order?"), (email, "Also: can I change the size?"), (other, "Hello") })
        {
            await PostAsync(app.CreateClient(new() { HandleCookies = true }), "/en/pages/contact", new() { ["Name"] = "Alex", ["Email"] = who, ["Topic"] = "Order", ["Message"] = message });
        }

        var mine = await app.WithDbAsync(db => db.Set<Ticket>().Where(t => t.Email == email).OrderBy(t => t.Id).ToListAsync());
        var stranger = await app.WithDbAsync(db => db.Set<Ticket>().SingleAsync(t => t.Email == other));
        var (first, second) = (mine[0], mine[1]);
        var staff = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, "agent"), "a long test password");
        var page = $"/admin/service/{first.Number}";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(page, "Update", new()
        {
            ["version"] = Version(await staff.Client.GetStringAsync(page)), ["status"] = "Open", ["priority"] = "High", ["assignee"] = "", ["tags"] = "VIP, wrong size,  ,VIP",
        })).StatusCode);
        Assert.Equal(",vip,wrong-size,", await app.WithDbAsync(db => db.Set<Ticket>().Where(t => t.Id == first.Id).Select(t => t.Tags).SingleAsync()));
        var tagged = await staff.Client.GetStringAsync("/admin/service?view=Open&tag=VIP");
        Assert.Contains($">{first.Number}</a>", tagged, StringComparison.Ordinal);
        Assert.DoesNotContain($">{second.Number}</a>", tagged, StringComparison.Ordinal);

        // Another customer's ticket: refused, both untouched.
        var secondPage = $"/admin/service/{second.Number}";
        var wrong = await staff.SubmitAsync(secondPage, "Merge", new() { ["version"] = Version(await staff.Client.GetStringAsync(secondPage)), ["into"] = stranger.Number });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("only tickets of one customer are merged", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.SubmitAsync(secondPage, "Merge",
            new() { ["version"] = Version(await staff.Client.GetStringAsync(secondPage)), ["into"] = second.Number })).StatusCode);

        var merged = await staff.SubmitAsync(secondPage, "Merge", new() { ["version"] = Version(await staff.Client.GetStringAsync(secondPage)), ["into"] = first.Number.ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var target = await app.WithDbAsync(db => db.Set<Ticket>().Include(t => t.Messages).SingleAsync(t => t.Id == first.Id));
        Assert.Equal(["Where is my order?", "Also: can I change the size?", $"Merged {second.Number} into this ticket."],
            target.Messages.OrderBy(m => m.At).ThenBy(m => m.Id).Select(m => m.Text).ToList());
        var source = await app.WithDbAsync(db => db.Set<Ticket>().Include(t => t.Messages).SingleAsync(t => t.Id == second.Id));
        Assert.Equal((TicketStatus.Closed, (long?)first.Id), (source.Status, source.MergedIntoId));
        Assert.Equal([$"Merged into {first.Number}."], source.Messages.Select(m => m.Text).ToList());
        Assert.Contains($"Merged into <a href=\"/admin/service/{first.Number}\">{first.Number}</a>", await staff.Client.GetStringAsync(secondPage), StringComparison.Ordinal);

        // The customer answers the merged ticket's email: it lands on the ticket it was merged into.
        var reply = new MimeKit.MimeMessage { Subject = $"Re: your request {second.Number}", MessageId = $"{Guid.NewGuid():N}@mail.example.com" };
        reply.From.Add(MimeKit.MailboxAddress.Parse(email));
        reply.To.Add(MimeKit.MailboxAddress.Parse($"support+{second.Token}@vetrina.example"));
        reply.Body = new MimeKit.TextPart("plain") { Text = "Size M please." };
        Assert.Contains($"\"ticket\":\"{first.Number}\"", await (await InboundAsync(reply)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAgentOpeningATicket_IsWarnedThatAnotherIsWritingAnAnswer_UntilThatAgentLeaves()
    {
        var email = $"collision.{Guid.NewGuid():N}@example.com";
        await PostAsync(app.CreateClient(new() { HandleCookies = true }), "/en/pages/contact", new() { ["Name"] = "Alex", ["Email"] = email, ["Topic"] = "Delivery", ["Message"] = "Late parcel" });
        var ticket = await app.WithDbAsync(db => db.Set<Ticket>().SingleAsync(t => t.Email == email));
        var page = $"/admin/service/{ticket.Number}";
        var (first, second) = (await StaffSession.CreateStaffAsync(app, "agent"), await StaffSession.CreateStaffAsync(app, "agent"));
        var one = await StaffSession.SignInAsync(app, first, "a long test password");
        var two = await StaffSession.SignInAsync(app, second, "a long test password");

        Assert.Contains($"data-presence=\"/admin/service/{ticket.Number}?handler=Presence\"></p>", await one.Client.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Contains($"{first} has this ticket open too.", await two.Client.GetStringAsync(page), StringComparison.Ordinal);
        var typing = await two.SubmitAsync(page, "Presence", new() { ["replying"] = "true" });
        Assert.Equal(HttpStatusCode.OK, typing.StatusCode);
        Assert.Contains($"{first} has this ticket open too.", await typing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"{second} is writing an answer to this ticket now", await one.Client.GetStringAsync(page), StringComparison.Ordinal);

        // A minute on, the other agent's page has not checked in: gone.
        using (ReplayableClock.Begin(DateTimeOffset.UtcNow.AddMinutes(1)))
        {
            Assert.DoesNotContain(second, await one.Client.GetStringAsync(page), StringComparison.Ordinal);
        }
    }
}
