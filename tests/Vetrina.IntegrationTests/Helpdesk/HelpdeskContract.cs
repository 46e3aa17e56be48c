using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Helpdesk.Domain;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Customer service from the contact form to the answer: a shopper's question becomes a ticket, acknowledged by an email
/// that names the ticket's reply address; an agent finds it in the inbox, sees the customer's orders beside it, answers
/// by email threaded under the acknowledgement, and notes for staff stay unsent; an agent acting on a ticket that changed
/// meanwhile is told so, and nothing goes out twice.
/// </summary>
public abstract partial class HelpdeskContract(AppFixture fixture)
{
    public const string InboundSecret = "test-inbound-secret";

    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task AnEmailReply_ThreadsOntoItsTicket_ButTheSameSubjectFromAnotherAddressOpensItsOwn_AndMachinesOpenNothing()
    {
        var email = $"reply.{Guid.NewGuid():N}@example.com";
        var shopper = app.CreateClient(new() { HandleCookies = true });
        await PostAsync(shopper, "/it/pages/contact", new() { ["Name"] = "Giulia Rossi", ["Email"] = email, ["Topic"] = "Sizes", ["Message"] = "La M o la L?" });
        var ticket = await app.WithDbAsync(db => db.Set<Ticket>().SingleAsync(t => t.Email == email));
        var acknowledgement = await SmtpSink.Shared.WaitForSubjectAsync(email, $"Abbiamo ricevuto la tua richiesta {ticket.Number}");

        MimeKit.MimeMessage Reply(string from, string body, string? html = null)
        {
            var reply = new MimeKit.MimeMessage { Subject = $"Re: Abbiamo ricevuto la tua richiesta {ticket.Number}", MessageId = $"{Guid.NewGuid():N}@mail.example.com" };
            reply.From.Add(MimeKit.MailboxAddress.Parse(from));
            reply.To.Add(MimeKit.MailboxAddress.Parse($"support+{ticket.Token}@vetrina.example"));
            reply.InReplyTo = acknowledgement.MessageId;
            reply.References.Add(acknowledgement.MessageId!);
            reply.Body = new MimeKit.BodyBuilder { TextBody = body, HtmlBody = html }.ToMessageBody();
            return reply;
        }

        var answer = Reply(email, "Grazie! Porto di solito la M.", "<p onclick=\"steal()\">Grazie! <b>Porto</b> di solito la M.</p><script>steal()</script>");
        var threaded = await InboundAsync(answer);
        Assert.Equal(HttpStatusCode.OK, threaded.StatusCode);
        Assert.Contains($"\"outcome\":\"Threaded\",\"ticket\":\"{ticket.Number}\"", await threaded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var messages = await app.WithDbAsync(db => db.Set<TicketMessage>().Where(m => m.TicketId == ticket.Id).OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(2, messages.Count);
        Assert.Equal("Grazie! Porto di solito la M.", messages[1].Text);
        Assert.Contains("<b>Porto</b>", messages[1].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", messages[1].Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", messages[1].Html, StringComparison.OrdinalIgnoreCase);

        // Delivered twice: once.
        Assert.Contains("\"outcome\":\"Duplicate\"", await (await InboundAsync(answer)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Someone else answering the same thread, number in the subject and token in the address: a ticket of their own.
        var stranger = $"stranger.{Guid.NewGuid():N}@example.com";
        var other = await (await InboundAsync(Reply(stranger, "Anch'io ho una domanda."))).Content.ReadAsStringAsync();
        Assert.Contains("\"outcome\":\"Opened\"", other, StringComparison.Ordinal);
        Assert.DoesNotContain(ticket.Number, other, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<TicketMessage>().CountAsync(m => m.TicketId == ticket.Id)));
        Assert.True(await app.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Email == stranger && t.Channel == Vetrina.Helpdesk.Contracts.TicketChannel.Email)));

        // An out-of-office answer opens nothing and is not answered.
        var robot = $"robot.{Guid.NewGuid():N}@example.com";
        var away = Reply(robot, "I am out of the office until Monday.");
        away.Headers.Add("Auto-Submitted", "auto-replied");
        Assert.Contains("\"outcome\":\"Ignored\"", await (await InboundAsync(away)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Email == robot)));

        // Our own address (a loop): nothing either.
        var loop = Reply("support@vetrina.example", "loop");
        Assert.Contains("\"outcome\":\"Ignored\"", await (await InboundAsync(loop)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSupportMailbox_IsReadOverImap_AReplyThreads_AndAMessageOf30MegabytesIsBouncedToItsSender()
    {
        var email = $"imap.{Guid.NewGuid():N}@example.com";
        var shopper = app.CreateClient(new() { HandleCookies = true });
        await PostAsync(shopper, "/ko/pages/contact", new() { ["Name"] = "김민지", ["Email"] = email, ["Topic"] = "Delivery", ["Message"] = "배송은 언제 되나요?" });
        var ticket = await app.WithDbAsync(db => db.Set<Ticket>().SingleAsync(t => t.Email == email));
        var acknowledgement = await SmtpSink.Shared.WaitForSubjectAsync(email, $"문의 {ticket.Number}이(가) 접수되었습니다");

        var reply = new MimeKit.MimeMessage { Subject = $"Re: 문의 {ticket.Number}", MessageId = $"{Guid.NewGuid():N}@mail.example.kr" };
        reply.From.Add(MimeKit.MailboxAddress.Parse(email));
        reply.To.Add(MimeKit.MailboxAddress.Parse($"support+{ticket.Token}@vetrina.example"));
        reply.InReplyTo = acknowledgement.MessageId;
        reply.Body = new MimeKit.TextPart("plain") { Text = "주문 번호를 깜빡했어요: VT-100001" };
        await DovecotServer.Shared.DeliverAsync(app.Mailbox, reply);

        var sender = $"big.{Guid.NewGuid():N}@example.com";
        var huge = new MimeKit.MimeMessage { Subject = "사진 보내드려요", MessageId = $"{Guid.NewGuid():N}@mail.example.kr" };
        huge.From.Add(MimeKit.MailboxAddress.Parse(sender));
        huge.To.Add(MimeKit.MailboxAddress.Parse("support@vetrina.example"));
        var body = new MimeKit.BodyBuilder { TextBody = "첨부 확인해 주세요" };
        body.Attachments.Add("photos.zip", new byte[30 * 1024 * 1024]);
        huge.Body = body.ToMessageBody();
        await DovecotServer.Shared.DeliverAsync(app.Mailbox, huge);

        var poller = app.Services.GetRequiredService<Vetrina.Helpdesk.Inbound.ImapPoller>();
        Assert.Equal(new Vetrina.Helpdesk.Inbound.ImapPoller.PollResult(1, 1), await poller.PollAsync(default));
        Assert.Equal(new Vetrina.Helpdesk.Inbound.ImapPoller.PollResult(0, 0), await poller.PollAsync(default));
        var messages = await app.WithDbAsync(db => db.Set<TicketMessage>().Where(m => m.TicketId == ticket.Id).OrderBy(m => m.Id).Select(m => m.Text).ToListAsync());
        Assert.Equal(["배송은 언제 되나요?", "주문 번호를 깜빡했어요: VT-100001"], messages);
        var bounce = await SmtpSink.Shared.WaitForSubjectAsync(sender, "Undelivered: 사진 보내드려요");
        Assert.Contains("we take messages up to 25 MB", bounce.TextBody, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Email == sender)));
    }

    [Fact]
    public async Task InboundEmail_WithoutItsSignature_OrOf30Megabytes_IsRefusedWithAProblem_NotA500()
    {
        var message = new MimeKit.MimeMessage { Subject = "Hello", MessageId = $"{Guid.NewGuid():N}@mail.example.com" };
        message.From.Add(MimeKit.MailboxAddress.Parse($"big.{Guid.NewGuid():N}@example.com"));
        message.To.Add(MimeKit.MailboxAddress.Parse("support@vetrina.example"));
        message.Body = new MimeKit.TextPart("plain") { Text = "Hi" };
        var unsigned = await app.CreateClient().PostAsync("/api/v1/helpdesk/inbound", new ByteArrayContent(Raw(message)));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal("application/problem+json", unsigned.Content.Headers.ContentType?.MediaType);

        var huge = new MimeKit.BodyBuilder { TextBody = "See the attachment." };
        huge.Attachments.Add("scan.bin", new byte[30 * 1024 * 1024]);
        message.Body = huge.ToMessageBody();
        var refused = await InboundAsync(message);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("bounce this one to its sender", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Email == message.From.Mailboxes.First().Address)));
    }

    private async Task<HttpResponseMessage> InboundAsync(MimeKit.MimeMessage message, DateTimeOffset? signedAt = null)
    {
        var raw = Raw(message);
        var content = new ByteArrayContent(raw);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("message/rfc822");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/helpdesk/inbound") { Content = content };
        request.Headers.Add("Vetrina-Signature", Vetrina.Helpdesk.Inbound.InboundSignature.Sign(InboundSecret, raw, signedAt ?? DateTimeOffset.UtcNow));
        return await app.CreateClient().SendAsync(request);
    }

    private static byte[] Raw(MimeKit.MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task AShoppersQuestion_BecomesATicket_AndTheAgentsAnswerIsThreadedUnderTheAcknowledgement()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 1, lifecycle: Vetrina.Catalog.Contracts.Lifecycle.NewIn);
        var email = $"domanda.{Guid.NewGuid():N}@example.com";
        using var buyer = app.CreateClient();
        var number = (await Shopper.OrderAsync(buyer, email, (sku, 1))).GetProperty("number").GetString()!;

        var shopper = app.CreateClient(new() { HandleCookies = true });
        Assert.Contains("id=\"contact-link\"", await shopper.GetStringAsync("/it"), StringComparison.Ordinal);
        var form = await shopper.GetStringAsync($"/it/pages/contact?order={number}");
        Assert.Contains($"value=\"{number}\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Order\" selected=\"selected\">Un ordine</option>", form, StringComparison.Ordinal);

        var sent = await PostAsync(shopper, $"/it/pages/contact?order={number}", new()
        {
            ["Name"] = "Giulia Rossi", ["Email"] = email, ["Topic"] = "Sizes", ["order"] = number, ["Message"] = "La taglia M è giusta per 1,70 m? <script>alert(1)</script>",
        });
        var page = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var ticket = await app.WithDbAsync(db => db.Set<Ticket>().Include(t => t.Messages).SingleAsync(t => t.Email == email));
        Assert.Contains($"Abbiamo ricevuto la tua richiesta {ticket.Number}.", page, StringComparison.Ordinal);
        Assert.Equal((TicketStatus.New, number, "it"), (ticket.Status, ticket.OrderNumber, ticket.Language));

        var acknowledgement = await SmtpSink.Shared.WaitForSubjectAsync(email, $"Abbiamo ricevuto la tua richiesta {ticket.Number}");
        Assert.Equal($"support+{ticket.Token}@vetrina.example", acknowledgement.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal($"ticket.{ticket.Token}.{ticket.Messages[0].Id}@{TestDkim.Domain}", acknowledgement.MessageId);
        Assert.Contains("reply-to", acknowledgement.Headers["DKIM-Signature"], StringComparison.OrdinalIgnoreCase);

        // The agent's inbox: unassigned and open, the script shown as text, the customer's order beside it.
        var agent = await StaffSession.CreateStaffAsync(app, "agent");
        var staff = await StaffSession.SignInAsync(app, agent, "a long test password");
        Assert.Contains($">{ticket.Number}</a>", await staff.Client.GetStringAsync("/admin/service?view=Unassigned"), StringComparison.Ordinal);
        var view = await staff.Client.GetStringAsync($"/admin/service/{ticket.Number}");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", view, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", view, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/admin/orders/{number}\">{number}</a>", view, StringComparison.Ordinal);

        // A note stays with staff; the answer goes out threaded, and the ticket waits on the customer.
        var version = Version(view);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync($"/admin/service/{ticket.Number}", "Note", new() { ["version"] = version, ["text"] = "Controllare la vestibilità con il magazzino." })).StatusCode);
        var stale = await staff.SubmitAsync($"/admin/service/{ticket.Number}", "Reply", new() { ["version"] = version, ["text"] = "Risposta vecchia", ["then"] = "PendingCustomer" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Contains("This ticket changed while you had it open", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var fresh = Version(await staff.Client.GetStringAsync($"/admin/service/{ticket.Number}"));
        var answered = await staff.SubmitAsync($"/admin/service/{ticket.Number}", "Reply", new() { ["version"] = fresh, ["text"] = "Sì, la M veste fino a 1,72 m.", ["then"] = "PendingCustomer" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var answer = await SmtpSink.Shared.WaitForSubjectAsync(email, $"Re: la tua richiesta {ticket.Number}");
        Assert.Equal(acknowledgement.MessageId, answer.InReplyTo);
        Assert.Equal([acknowledgement.MessageId!], answer.References);
        Assert.Contains("Sì, la M veste fino a 1,72 m.", answer.TextBody, StringComparison.Ordinal);
        Assert.Contains("La taglia M è giusta per 1,70 m?", answer.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(SmtpSink.Shared.To(email), m => m.TextBody?.Contains("magazzino", StringComparison.Ordinal) == true);
        var after = await app.WithDbAsync(db => db.Set<Ticket>().SingleAsync(t => t.Id == ticket.Id));
        Assert.Equal((TicketStatus.PendingCustomer, agent), (after.Status, after.Assignee));
        Assert.NotNull(after.FirstResponseAt);
        Assert.Contains($">{ticket.Number}</a>", await staff.Client.GetStringAsync("/admin/service?view=WaitingOnCustomer"), StringComparison.Ordinal);
        Assert.Contains($">{ticket.Number}</a>", await staff.Client.GetStringAsync("/admin/service?view=Mine"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomer_SeesTheirRequestsInTheirAccount_WithTheAnswerButNotTheNotes_AndRepliesThere()
    {
        var email = $"cliente.{Guid.NewGuid():N}@example.com";
        var customer = new StaffSession(app);
        await customer.SubmitAsync("/en/account/register", null, new() { ["Email"] = email, ["Password"] = "a long customer password" });
        var written = await customer.SubmitAsync("/en/pages/contact", null, new() { ["Name"] = "Alex Kim", ["Email"] = email, ["Topic"] = "Payments", ["Message"] = "Was I charged twice?" });
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        var ticket = await app.WithDbAsync(db => db.Set<Ticket>().SingleAsync(t => t.Email == email));
        Assert.NotNull(ticket.CustomerId);

        var list = WebUtility.HtmlDecode(await customer.Client.GetStringAsync("/en/account/requests"));
        Assert.Contains($"<a href=\"/en/account/requests/{ticket.Number}\">Request {ticket.Number}</a>", list, StringComparison.Ordinal);
        Assert.Contains("Payments · With us", list, StringComparison.Ordinal);

        var staff = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, "agent"), "a long test password");
        var page = $"/admin/service/{ticket.Number}";
        await staff.SubmitAsync(page, "Note", new() { ["version"] = Version(await staff.Client.GetStringAsync(page)), ["text"] = "Checked the payment log: one charge." });
        await staff.SubmitAsync(page, "Reply", new() { ["version"] = Version(await staff.Client.GetStringAsync(page)), ["text"] = "Only once: the second line was the bank's hold.", ["then"] = "PendingCustomer" });

        var thread = WebUtility.HtmlDecode(await customer.Client.GetStringAsync($"/en/account/requests/{ticket.Number}"));
        Assert.Contains("Only once: the second line was the bank's hold.", thread, StringComparison.Ordinal);
        Assert.Contains("<strong>Answered</strong>", thread, StringComparison.Ordinal);
        Assert.DoesNotContain("payment log", thread, StringComparison.Ordinal);

        var empty = await customer.SubmitAsync($"/en/account/requests/{ticket.Number}", null, new() { ["Reply"] = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var replied = await customer.SubmitAsync($"/en/account/requests/{ticket.Number}", null, new() { ["Reply"] = "Thank you, all clear." });
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var after = await app.WithDbAsync(db => db.Set<Ticket>().Include(t => t.Messages).SingleAsync(t => t.Id == ticket.Id));
        Assert.Equal(TicketStatus.Open, after.Status);
        Assert.Equal("Thank you, all clear.", after.Messages.OrderBy(m => m.Id).Last().Text);

        // Someone else's account does not open it.
        var other = new StaffSession(app);
        await other.SubmitAsync("/en/account/register", null, new() { ["Email"] = $"other.{Guid.NewGuid():N}@example.com", ["Password"] = "a long customer password" });
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/en/account/requests/{ticket.Number}")).StatusCode);
    }

    [Fact]
    public async Task ACannedReply_IsFilledInForTheTicket_ChangedAndSent()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 2, lifecycle: Vetrina.Catalog.Contracts.Lifecycle.NewIn);
        var email = $"macro.{Guid.NewGuid():N}@example.com";
        using var buyer = app.CreateClient();
        var number = (await Shopper.OrderAsync(buyer, email, (sku, 1))).GetProperty("number").GetString()!;
        var shopper = app.CreateClient(new() { HandleCookies = true });
        await PostAsync(shopper, $"/it/pages/contact?order={number}", new() { ["Name"] = "Giulia Rossi", ["Email"] = email, ["Topic"] = "Returns", ["order"] = number, ["Message"] = "Come faccio il reso?" });
        var ticket = await app.WithDbAsync(db => db.Set<Ticket>().SingleAsync(t => t.Email == email));

        var staff = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, "agent"), "a long test password");
        var title = $"Reso {Guid.NewGuid():N}"[..20];
        var broken = await staff.SubmitAsync("/admin/service/replies", null, new() { ["Title"] = title, ["Language"] = "it", ["Body"] = "Ciao {{ customer.name " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Contains("The Liquid does not read", WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync("/admin/service/replies", null, new()
        {
            ["Title"] = title, ["Language"] = "it", ["Body"] = "Ciao {{ customer.name }}, per l'ordine {{ order.number }} avvia il reso qui: {{ order.return_url }}",
        })).StatusCode);

        var page = $"/admin/service/{ticket.Number}";
        var replyId = CannedOption().Matches(await staff.Client.GetStringAsync(page)).Single(m => m.Groups[2].Value == title).Groups[1].Value;
        var inserted = WebUtility.HtmlDecode(await (await staff.SubmitAsync(page, "Insert", new() { ["canned"] = replyId })).Content.ReadAsStringAsync());
        var filled = $"Ciao Giulia Rossi, per l'ordine {number} avvia il reso qui: http://localhost:5000/it/returns?order={number}";
        Assert.Contains($">{filled}</textarea>", inserted, StringComparison.Ordinal);

        await staff.SubmitAsync(page, "Reply", new() { ["version"] = Version(inserted), ["text"] = filled + " A presto!", ["then"] = "Solved" });
        var answer = await SmtpSink.Shared.WaitForSubjectAsync(email, $"Re: la tua richiesta {ticket.Number}");
        Assert.Contains(filled + " A presto!", answer.TextBody, StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Solved, await app.WithDbAsync(db => db.Set<Ticket>().Where(t => t.Id == ticket.Id).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task TheContactForm_SaysWhatIsWrongWithEachField_AndOpensNothing()
    {
        var shopper = app.CreateClient(new() { HandleCookies = true });
        var email = $"not-an-email-{Guid.NewGuid():N}";
        var refused = await PostAsync(shopper, "/ko/pages/contact", new() { ["Name"] = "", ["Email"] = email, ["Topic"] = "Other", ["Message"] = new string('가', 10_001) });
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("<span id=\"c-Name-error\" class=\"error\">이 항목을 입력하세요.</span>", page, StringComparison.Ordinal);
        Assert.Contains("name@example.com 같은 이메일 주소를 입력하세요.", page, StringComparison.Ordinal);
        Assert.Contains("<span id=\"c-Message-error\" class=\"error\">내용이 너무 깁니다.</span>", page, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Email == email)));
    }

    [Fact]
    public async Task TwoAgentsAnsweringAtOnce_SendOneAnswer_AndTheOtherIsToldToReadItFirst()
    {
        var email = $"twice.{Guid.NewGuid():N}@example.com";
        var shopper = app.CreateClient(new() { HandleCookies = true });
        await PostAsync(shopper, "/en/pages/contact", new() { ["Name"] = "Sam Lee", ["Email"] = email, ["Topic"] = "Delivery", ["Message"] = "Where is my parcel?" });
        var ticket = await app.WithDbAsync(db => db.Set<Ticket>().SingleAsync(t => t.Email == email));
        var sessions = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ => await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, "agent"), "a long test password")));
        var version = Version(await sessions[0].Client.GetStringAsync($"/admin/service/{ticket.Number}"));
        var results = await Task.WhenAll(sessions.Select((s, i) => s.SubmitAsync($"/admin/service/{ticket.Number}", "Reply",
            new() { ["version"] = version, ["text"] = $"Answer {i}", ["then"] = "PendingCustomer" })));
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity));
        await SmtpSink.Shared.WaitForAsync(email, 2);
        Assert.Single(SmtpSink.Shared.To(email), m => m.Subject == $"Re: your request {ticket.Number}");
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<TicketMessage>().CountAsync(m => m.TicketId == ticket.Id && m.Author == MessageAuthor.Agent)));

        // A forged status or priority is refused in words, and the ticket stays as it was.
        var page = $"/admin/service/{ticket.Number}";
        var current = Version(await sessions[0].Client.GetStringAsync(page));
        var backToNew = await sessions[0].SubmitAsync(page, "Update", new() { ["version"] = current, ["status"] = "New", ["priority"] = "Normal", ["assignee"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, backToNew.StatusCode);
        Assert.Contains("cannot be new again", WebUtility.HtmlDecode(await backToNew.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var forged = await sessions[0].SubmitAsync(page, "Update", new() { ["version"] = current, ["status"] = "Open", ["priority"] = "99", ["assignee"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.Equal(TicketStatus.PendingCustomer, await app.WithDbAsync(db => db.Set<Ticket>().Where(t => t.Id == ticket.Id).Select(t => t.Status).SingleAsync()));
    }

    private static string Version(string html) => VersionField().Match(html).Groups[1].Value;

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        fields["Key"] = KeyField().Match(html).Groups[1].Value;
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<option value=\"([0-9]+)\">([^<]+) \\(it\\)</option>")]
    private static partial Regex CannedOption();

    [GeneratedRegex("name=\"version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("name=\"Key\" value=\"([0-9a-f]+)\"")]
    private static partial Regex KeyField();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteHelpdeskTests(SqliteAppFixture fixture) : HelpdeskContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlHelpdeskTests(PostgresAppFixture fixture) : HelpdeskContract(fixture);
