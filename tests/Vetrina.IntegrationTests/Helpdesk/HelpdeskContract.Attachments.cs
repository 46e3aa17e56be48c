using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vetrina.Helpdesk.Domain;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Files sent to customer service: the contact form's photos (a script named .jpg is refused, nothing opened; a real photo
/// is re-encoded), and inbound email's attachments (a PDF kept as sent, a program left out with a line for staff).
/// </summary>
public abstract partial class HelpdeskContract
{
    [Fact]
    public async Task AContactFormPhoto_IsReEncoded_AScriptNamedJpg_IsRefusedWithNothingOpened()
    {
        var email = $"photo.{Guid.NewGuid():N}@example.com";
        var shopper = new StaffSession(app);
        var fields = new Dictionary<string, string> { ["Name"] = "Giulia", ["Email"] = email, ["Topic"] = "Product", ["Message"] = "La cucitura è aperta, ecco la foto." };
        var script = await shopper.UploadAsync("/it/pages/contact", null, "Photos", "foto.jpg", "<script>alert(1)</script>"u8.ToArray(), new(fields));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, script.StatusCode);
        Assert.Contains("Uno dei file non è una foto leggibile o supera i 10 MB", WebUtility.HtmlDecode(await script.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Email == email)));

        var photo = await shopper.UploadAsync("/it/pages/contact", null, "Photos", "cucitura.png", TestImages.Png(640, 480), new(fields));
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        var ticket = await app.WithDbAsync(db => db.Set<Ticket>().SingleAsync(t => t.Email == email));
        var file = await app.WithDbAsync(db => db.Set<TicketAttachment>().SingleAsync(a => db.Set<TicketMessage>().Any(m => m.Id == a.TicketMessageId && m.TicketId == ticket.Id)));
        Assert.Equal(("cucitura.webp", "image/webp"), (file.FileName, file.ContentType));
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(file.Content, 0, 4));

        var staff = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, "agent"), "a long test password");
        var page = await staff.Client.GetStringAsync($"/admin/service/{ticket.Number}");
        var href = WebUtility.HtmlDecode(Regex.Match(page, "<img src=\"([^\"]+)\" alt=\"Photo cucitura.webp\"").Groups[1].Value);
        var download = await staff.Client.GetAsync(href);
        Assert.Equal("image/webp", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(file.Content, await download.Content.ReadAsByteArrayAsync());
        // Another ticket's number with this file's id: nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Client.GetAsync(href.Replace(ticket.Number, "T-1001", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(href)).StatusCode);
    }

    [Fact]
    public async Task InboundMail_KeepsAPdfAndAPhoto_LeavesOutAProgram_AndSaysSoToStaff()
    {
        var sender = $"files.{Guid.NewGuid():N}@example.com";
        var message = new MimeKit.MimeMessage { Subject = "Receipt and photo", MessageId = $"{Guid.NewGuid():N}@mail.example.com" };
        message.From.Add(MimeKit.MailboxAddress.Parse(sender));
        message.To.Add(MimeKit.MailboxAddress.Parse("support@vetrina.example"));
        var body = new MimeKit.BodyBuilder { TextBody = "See attached." };
        body.Attachments.Add("receipt.pdf", "%PDF-1.4\n%test\n"u8.ToArray());
        body.Attachments.Add("parcel.png", TestImages.Png(400, 300));
        body.Attachments.Add("invoice.exe", [0x4D, 0x5A, 0x90, 0x00]);
        message.Body = body.ToMessageBody();
        Assert.Contains("\"outcome\":\"Opened\"", await (await InboundAsync(message)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ticket = await app.WithDbAsync(db => db.Set<Ticket>().Include(t => t.Messages).SingleAsync(t => t.Email == sender));
        var files = await app.WithDbAsync(db => db.Set<TicketAttachment>().Where(a => a.TicketMessageId == ticket.Messages[0].Id).OrderBy(a => a.Id)
            .Select(a => new { a.FileName, a.ContentType }).ToListAsync());
        Assert.Equal([("receipt.pdf", "application/pdf"), ("parcel.webp", "image/webp")], files.Select(f => (f.FileName, f.ContentType)).ToList());
        Assert.Contains("[“invoice.exe” was not kept: it is neither a photo nor a document type on the list (PDF);", ticket.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACannedReplysPdf_GoesOutWithTheAnswer_AndACustomerAttachesAPhotoFromTheirAccount()
    {
        var email = $"files.account.{Guid.NewGuid():N}@example.com";
        var customer = new StaffSession(app);
        await customer.SubmitAsync("/en/account/register", null, new() { ["Email"] = email, ["Password"] = "a long customer password" });
        await customer.SubmitAsync("/en/pages/contact", null, new() { ["Name"] = "Alex Kim", ["Email"] = email, ["Topic"] = "Sizes", ["Message"] = "Which size am I?" });
        var ticket = await app.WithDbAsync(db => db.Set<Ticket>().SingleAsync(t => t.Email == email));

        var staff = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, "agent"), "a long test password");
        var title = $"Size guide {Guid.NewGuid():N}"[..24];
        await staff.SubmitAsync("/admin/service/replies", null, new() { ["Title"] = title, ["Language"] = "en", ["Body"] = "Hello {{ customer.name }}, the size guide is attached." });
        var replyId = await app.WithDbAsync(db => db.Set<CannedReply>().Where(r => r.Title == title).Select(r => r.Id).SingleAsync());
        var refused = await staff.UploadAsync("/admin/service/replies", "File", "file", "guide.pdf", "MZ not a pdf"u8.ToArray(), new() { ["id"] = replyId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("neither a photo nor a document type on the list", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.UploadAsync("/admin/service/replies", "File", "file", "size-guide.pdf", "%PDF-1.4\n%guide\n"u8.ToArray(),
            new() { ["id"] = replyId.ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);

        var page = $"/admin/service/{ticket.Number}";
        var inserted = WebUtility.HtmlDecode(await (await staff.SubmitAsync(page, "Insert", new() { ["canned"] = replyId.ToString(System.Globalization.CultureInfo.InvariantCulture) })).Content.ReadAsStringAsync());
        Assert.Contains("Send the reply's files: size-guide.pdf", inserted, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(page, "Reply", new()
        {
            ["version"] = Version(inserted), ["text"] = "Hello Alex Kim, the size guide is attached.", ["then"] = "PendingCustomer", ["files"] = replyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).StatusCode);
        var answer = await SmtpSink.Shared.WaitForSubjectAsync(email, $"Re: your request {ticket.Number}");
        var pdf = Assert.Single(answer.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("size-guide.pdf", pdf.FileName);

        // The customer answers from their account with a photo; a file that is neither photo nor PDF is refused, nothing added.
        var thread = $"/en/account/requests/{ticket.Number}";
        var wrong = await customer.UploadAsync(thread, null, "Files", "me.exe", [0x4D, 0x5A], new() { ["Reply"] = "Here I am" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("is not a photo or a PDF we can read", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await customer.UploadAsync(thread, null, "Files", "me.png", TestImages.Png(300, 500), new() { ["Reply"] = "Here I am" })).StatusCode);
        var shown = await customer.Client.GetStringAsync(thread);
        Assert.Contains("size-guide.pdf</a>", shown, StringComparison.Ordinal);
        var photo = WebUtility.HtmlDecode(Regex.Match(shown, "<img src=\"([^\"]+)\" alt=\"Photo me.webp\"").Groups[1].Value);
        Assert.Equal("image/webp", (await customer.Client.GetAsync(photo)).Content.Headers.ContentType?.MediaType);
        var stranger = new StaffSession(app);
        await stranger.SubmitAsync("/en/account/register", null, new() { ["Email"] = $"nosy.{Guid.NewGuid():N}@example.com", ["Password"] = "a long customer password" });
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(photo)).StatusCode);
    }
}
