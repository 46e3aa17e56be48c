using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Contracts;
using Vetrina.EmailMarketing.Sending;
using Vetrina.Kernel.Security;
using Vetrina.Privacy.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Email marketing end to end against the SMTP sink on loopback: double opt-in with its proof; a segmented campaign in
/// Italian and Korean, DKIM-signed, with the RFC 8058 headers, the Korean "(광고)" prefix and quiet hours; unsubscribe
/// only by POST; clicks tagged with UTM; a bounce that suppresses; the campaign report.
/// </summary>
public abstract partial class EmailMarketingContract(AppFixture fixture)
{
    private static readonly string[] UnknownSeason = ["season:XX99"];

    private static readonly string[] Zones = ["Europe/Rome", "Asia/Seoul", "America/New_York", "America/Los_Angeles", "Asia/Kolkata"];

    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task DoubleOptIn_SubscribesOnlyAfterTheClick_AndKeepsTheProof()
    {
        var email = $"optin-{Guid.NewGuid():N}@example.com";
        var visitor = new StaffSession(app);
        var bad = await visitor.SubmitAsync("/it/newsletter", null, new() { ["Email"] = "not-an-address" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Inserisci un indirizzo email valido", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var asked = await visitor.SubmitAsync("/it/newsletter", null, new() { ["Email"] = email.ToUpperInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(EmailConsent.Pending, (await ContactAsync(email)).Consent);

        var confirmation = Assert.Single(await SmtpSink.Shared.WaitForAsync(email));
        Assert.Equal("Conferma la tua iscrizione · Vetrina", confirmation.Subject);
        Assert.True(await TestDkim.VerifyAsync(confirmation), "the confirmation is DKIM-signed with the shop's key and the signature verifies");
        Assert.Equal($"optin:transactional:{TestDkim.Domain}", confirmation.Headers["Feedback-ID"]);
        var link = Regex.Match(confirmation.TextBody!, @"https?://[^/\s]+(/it/newsletter/confirm\?token=[A-Za-z0-9_-]+)").Groups[1].Value;
        Assert.NotEmpty(link);
        // Opening the link (as a mail scanner does) does not subscribe; the button does.
        Assert.Contains("Conferma l&#x27;iscrizione", await visitor.Client.GetStringAsync(link), StringComparison.Ordinal);
        Assert.Equal(EmailConsent.Pending, (await ContactAsync(email)).Consent);
        var confirmed = await visitor.SubmitAsync(link, null, new() { ["Token"] = link.Split("token=")[1] });
        Assert.Contains("newsletter-confirmed", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var contact = await ContactAsync(email);
        Assert.Equal(EmailConsent.Subscribed, contact.Consent);
        var proof = await app.ConsentsOfAsync(email);
        Assert.Equal([ConsentDecision.Requested, ConsentDecision.Given], proof.Select(p => p.Decision));
        Assert.All(proof, p => Assert.Equal((OptInText.Version, ConsentSources.DoubleOptIn, ConsentPurposes.MarketingEmail), (p.TextVersion, p.Source, p.Purpose)));
        Assert.Equal("newsletter-form", proof[0].Reference);
        Assert.Contains("Posso disiscrivermi", proof[0].Text, StringComparison.Ordinal);
        Assert.Equal("confirmation-link", proof[1].Reference);
        // Used once: the same link again says it has expired.
        Assert.Equal(HttpStatusCode.Gone, (await visitor.SubmitAsync(link, null, new() { ["Token"] = link.Split("token=")[1] })).StatusCode);
    }

    [Fact]
    public async Task ASegmentedCampaign_GoesOutInItalianAndKorean_Signed_WithOneClickUnsubscribe_AndTheLawsOfEachCountry()
    {
        var domain = $"{Guid.NewGuid():N}.example.org";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var csv = string.Join('\n',
            "email,first_name,language,country,consent,consented_at",
            $"giulia@{domain},Giulia,it,IT,subscribed,2026-05-01T10:00:00Z",
            $"minji@{domain},민지,ko,KR,subscribed,2026-05-01T10:00:00Z",
            $"stale@{domain},Old,ko,KR,subscribed,2023-01-01T10:00:00Z",
            $"never@{domain},Nope,it,IT,none,",
            $"bounced@{domain},Gone,it,IT,subscribed,2026-05-01T10:00:00Z",
            $"elsewhere@{domain},Far,en,US,subscribed,2026-05-01T10:00:00Z") + "\n";
        var imported = await api.PostAsync("/api/v1/email/contacts/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        await app.WithDbAsync(async db =>
        {
            db.Add(new Suppression($"bounced@{domain}", SuppressionReason.HardBounce, "earlier bounce", DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        var conditions = new object[]
        {
            new { field = "email", @operator = "ends-with", values = new[] { "@" + domain } },
            new { field = "country", @operator = "in", values = new[] { "IT", "KR" } },
        };
        var count = await api.PostAsJsonAsync("/api/v1/email/segments/count", new { conditions });
        Assert.Equal(5, (await count.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());
        var segment = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/segments", new { name = $"it-ko {domain}", conditions }));
        var template = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/templates", new
        {
            name = "New season",
            subject = new { en = "New season, {{ contact.first_name }}", it = "Nuova stagione, {{ contact.first_name }}", ko = "{{ contact.first_name }}님, 새 시즌" },
            preheader = new { en = "The drop is here" },
            body = new
            {
                en = "<p>Hello {{ contact.first_name }}</p><p><a href=\"{{ shop.url }}/en\">Shop</a></p>",
                it = "<p>Ciao {{ contact.first_name }}</p><p><a href=\"{{ shop.url }}/it\">Scopri</a></p>",
                ko = "<p>{{ contact.first_name }}님 안녕하세요</p><p><a href=\"{{ shop.url }}/ko\">보기</a></p>",
            },
        }));
        // The campaign runs on a clock of the test's own, two days ahead at 22:00 in Seoul, with the app's campaign job
        // held meanwhile: the test sees the same evening whenever it runs.
        var evening = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(2).AddHours(13), TimeSpan.Zero);
        var clock = new FakeTimeProvider(evening);
        await using var paused = await app.PauseJobAsync("email-campaigns");
        var campaign = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/campaigns", new
        {
            name = "Season drop", utmCampaign = $"drop-{domain[..8]}", templateId = template, segmentId = segment, sendAt = evening,
        }));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<CampaignPreparation>(scope.ServiceProvider, clock).PrepareAsync(campaign, default);
        }

        var sender = ActivatorUtilities.CreateInstance<CampaignSender>(app.Services, clock);
        await sender.SendDueAsync(default);

        var italian = Assert.Single(await SmtpSink.Shared.WaitForAsync($"giulia@{domain}", seconds: 30));
        Assert.Equal("Nuova stagione, Giulia", italian.Subject);
        Assert.Contains("Ciao Giulia", italian.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Annulla l'iscrizione (gratuito)", italian.TextBody, StringComparison.Ordinal);
        Assert.True(await TestDkim.VerifyAsync(italian), "the DKIM signature verifies with the public key");
        Assert.Contains("list-unsubscribe-post", italian.Headers[HeaderId.DkimSignature]!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("feedback-id", italian.Headers[HeaderId.DkimSignature]!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("List-Unsubscribe=One-Click", italian.Headers[HeaderId.ListUnsubscribePost]);
        var unsubscribe = new Uri(italian.Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>'));
        Assert.Matches("^/e/u/[A-Za-z0-9_-]+$", unsubscribe.AbsolutePath);
        // A one-click unsubscribe (RFC 8058) of a link the shop never sent: not found, said as problem details.
        var unknown = await app.CreateClient().PostAsync("/e/u/not-a-token-we-sent",
            new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        // Korean law: nothing between 21:00 and 08:00 in Seoul without night consent; at 08:00 it goes, "(광고)" first.
        var korean = await ContactAsync($"minji@{domain}");
        var koreanSend = await app.WithDbAsync(db => db.Set<EmailSend>().SingleAsync(s => s.CampaignId == campaign && s.ContactId == korean.Id));
        Assert.Empty(SmtpSink.Shared.To($"minji@{domain}"));
        Assert.Null(koreanSend.FinishedAt);
        Assert.Equal(evening.AddHours(10), koreanSend.DueAt);

        clock.SetUtcNow(evening.AddHours(10));
        await sender.SendDueAsync(default);
        var morning = Assert.Single(await SmtpSink.Shared.WaitForAsync($"minji@{domain}", seconds: 30));
        Assert.Equal("(광고) 민지님, 새 시즌", morning.Subject);
        Assert.Contains("수신거부 (무료)", morning.TextBody, StringComparison.Ordinal);
        Assert.True(await TestDkim.VerifyAsync(morning));

        // Never: no consent, consent older than two years in Korea, suppressed, outside the segment. Every email due was
        // handed over when SendDueAsync returned, so nothing is still on its way. (The stale Korean contact may get the
        // request to confirm their consent again, a transactional email, but not the campaign.)
        foreach (var left in new[] { "stale", "never", "bounced", "elsewhere" })
        {
            Assert.DoesNotContain(SmtpSink.Shared.To($"{left}@{domain}"), m => m.Headers[HeaderId.ListId] is not null);
            Assert.False(await app.WithDbAsync(db => db.Set<EmailSend>().AnyAsync(s => s.CampaignId == campaign && s.Email == $"{left}@{domain}"
                && s.FinishedAt != null)));
        }

        // A click goes to the page with the campaign's tags; a link the email did not have goes nowhere but home.
        using var reader = app.CreateClient(new() { AllowAutoRedirect = false });
        var tracked = Regex.Match(italian.HtmlBody!, "href=\"https?://[^/\"]+(/e/c/[^\"]+)\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var click = await reader.GetAsync(tracked);
        Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
        Assert.EndsWith($"/it?utm_source=newsletter&utm_medium=email&utm_campaign=drop-{domain[..8]}&utm_content=W", click.Headers.Location!.OriginalString,
            StringComparison.Ordinal);
        var forged = Regex.Replace(tracked, "u=[^&]+", "u=" + Uri.EscapeDataString("https://evil.example/"));
        Assert.DoesNotContain("evil", (await reader.GetAsync(forged)).Headers.Location!.OriginalString, StringComparison.Ordinal);

        // RFC 8058: a GET on the unsubscribe link only asks; the one-click POST unsubscribes.
        var asked = await reader.GetAsync(unsubscribe.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains($"giulia@{domain}", await reader.GetStringAsync(asked.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal(EmailConsent.Subscribed, (await ContactAsync($"giulia@{domain}")).Consent);
        var posted = await reader.PostAsync(unsubscribe.AbsolutePath, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(EmailConsent.Unsubscribed, (await ContactAsync($"giulia@{domain}")).Consent);
        Assert.True(await app.WithDbAsync(db => db.Set<Suppression>().AnyAsync(s => s.Email == $"giulia@{domain}" && s.Reason == SuppressionReason.Unsubscribed)));

        var report = await api.GetFromJsonAsync<JsonElement>($"/api/v1/email/campaigns/{campaign}/report");
        Assert.Equal(2, report.GetProperty("sent").GetInt32());
        Assert.Equal(2, report.GetProperty("recipients").GetInt32());
        Assert.Equal(1, report.GetProperty("clicked").GetInt32());
        Assert.Equal(1, report.GetProperty("opened").GetInt32());
        Assert.Equal(1, report.GetProperty("unsubscribed").GetInt32());
    }

    [Fact]
    public async Task WithTheMailServerDown_ACampaignsEmailsWait_NoneIsGivenUp_AndEachGoesOutOnceWhenItIsBack()
    {
        var domain = $"{Guid.NewGuid():N}.example.fr";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var csv = "email,first_name,language,country,consent,consented_at\n"
            + string.Concat(Enumerable.Range(0, 3).Select(i => $"c{i}@{domain},C{i},en,FR,subscribed,2026-05-01T10:00:00Z\n"));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var conditions = new[] { new { field = "email", @operator = "ends-with", values = new[] { "@" + domain } } };
        var segment = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/segments", new { name = $"outage {domain}", conditions }));
        var template = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/templates", new
        {
            name = "Outage", subject = new { en = "Still coming" }, body = new { en = "<p>Hello {{ contact.first_name }}</p>" },
        }));
        var morning = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(2).AddHours(9), TimeSpan.Zero);
        var clock = new FakeTimeProvider(morning);
        await using var paused = await app.PauseJobAsync("email-campaigns");
        var campaign = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/campaigns", new
        {
            name = "Outage", utmCampaign = $"outage-{domain[..8]}", templateId = template, segmentId = segment, sendAt = morning,
        }));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<CampaignPreparation>(scope.ServiceProvider, clock).PrepareAsync(campaign, default);
        }

        // Ten minutes of a server that cannot be reached, tried every minute: more runs than a send has tries (5).
        var down = SmtpSink.Unreachable(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Vetrina.Messaging.Contracts.SmtpOptions>>().Value);
        var downSender = ActivatorUtilities.CreateInstance<CampaignSender>(app.Services, clock, down);
        for (var minute = 0; minute < 10; minute++)
        {
            await downSender.SendDueAsync(default);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        var waiting = await app.WithDbAsync(db => db.Set<EmailSend>().AsNoTracking().Where(s => s.CampaignId == campaign).ToListAsync());
        Assert.Equal(3, waiting.Count);
        Assert.All(waiting, s =>
        {
            Assert.Equal((0, null, null), (s.Attempts, s.Skipped, s.FinishedAt));
            Assert.StartsWith($"Could not reach {down.Value.Host}:{down.Value.Port}", s.LastError, StringComparison.Ordinal);
            Assert.True(s.DueAt <= clock.GetUtcNow(), "due again within 30 s of the last try");
        });

        await ActivatorUtilities.CreateInstance<CampaignSender>(app.Services, clock).SendDueAsync(default);
        foreach (var send in waiting)
        {
            Assert.Equal("Still coming", Assert.Single(await SmtpSink.Shared.WaitForAsync(send.Email, seconds: 30)).Subject);
        }
    }

    [Fact]
    public async Task AnAbTest_SendsBothSubjectsToItsShare_ThenTheMoreOpenedOneToEveryoneElse()
    {
        var domain = $"{Guid.NewGuid():N}.example.de";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var csv = "email,first_name,language,country,consent,consented_at\n"
            + string.Concat(Enumerable.Range(0, 40).Select(i => $"p{i}@{domain},P{i},en,DE,subscribed,2026-05-01T10:00:00Z\n"));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var conditions = new[] { new { field = "email", @operator = "ends-with", values = new[] { "@" + domain } } };
        var segment = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/segments", new { name = $"ab {domain}", conditions }));
        var template = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/templates", new
        {
            name = "AB", subject = new { en = "Subject A" }, body = new { en = "<p>Hello {{ contact.first_name }}</p>" },
        }));
        var campaign = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/campaigns", new
        {
            name = "AB test", utmCampaign = "ab-test", templateId = template, segmentId = segment, subjectB = "Subject B", testPercent = 50, winnerAfterMinutes = 60,
        }));

        var sends = await WaitForSendsAsync(campaign, s => s.Variant != 'W' && s.FinishedAt != null, expected: s => s.Variant != 'W');
        Assert.InRange(sends.Count, 8, 32);
        Assert.Contains(sends, s => s.Variant == 'A');
        Assert.Contains(sends, s => s.Variant == 'B');
        foreach (var send in sends)
        {
            var message = Assert.Single(SmtpSink.Shared.To(send.Email));
            Assert.Equal(send.Variant == 'A' ? "Subject A" : "Subject B", message.Subject);
        }

        // Readers open B (more than five seconds after delivery, so these are people, not scanners); the rest wait for the winner.
        var minuteAgo = DateTimeOffset.UtcNow.AddMinutes(-1);
        await app.WithDbAsync(db => db.Set<EmailSend>().Where(s => s.CampaignId == campaign && s.FinishedAt != null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.FinishedAt, minuteAgo)));
        using var reader = app.CreateClient();
        foreach (var send in sends.Where(s => s.Variant == 'B'))
        {
            Assert.Equal("image/gif", (await reader.GetAsync($"/e/o/{send.Token}.gif")).Content.Headers.ContentType?.MediaType);
        }

        Assert.DoesNotContain(SmtpSink.Shared.Received, m => m.To.Mailboxes.Single().Address.EndsWith(domain, StringComparison.Ordinal)
            && m.Subject is not ("Subject A" or "Subject B"));
        Assert.Equal(40 - sends.Count, await app.WithDbAsync(db => db.Set<EmailSend>().CountAsync(s => s.CampaignId == campaign && s.Variant == 'W' && s.DueAt == null)));
        await app.WithDbAsync(db => db.Set<EmailCampaign>().Where(c => c.Id == campaign).ExecuteUpdateAsync(set => set.SetProperty(c => c.WinnerAfter, TimeSpan.Zero)));

        var rest = await WaitForSendsAsync(campaign, s => s.Variant == 'W' && s.FinishedAt != null, expected: s => s.Variant == 'W');
        Assert.All(rest, s => Assert.Equal("Subject B", Assert.Single(SmtpSink.Shared.To(s.Email)).Subject));
        // One of B's readers clicks through.
        var clicker = sends.First(s => s.Variant == 'B').Token;
        await app.WithDbAsync(db => db.Set<EmailSend>().Where(s => s.Token == clicker).ExecuteUpdateAsync(set => set.SetProperty(s => s.ClickedAt, DateTimeOffset.UtcNow)));
        var figures = await api.GetFromJsonAsync<JsonElement>($"/api/v1/email/campaigns/{campaign}/report");
        var openedB = sends.Count(s => s.Variant == 'B');
        Assert.Equal(40, figures.GetProperty("sent").GetInt32());
        Assert.Equal(openedB, figures.GetProperty("openedB").GetInt32());
        Assert.Equal(0, figures.GetProperty("machineOpened").GetInt32());
        // Klaviyo's rates, by hand: unique clicks over the 40 delivered, and over the unique opens.
        Assert.Equal((0.025m, Math.Round(1m / openedB, 4)), (figures.GetProperty("clickRate").GetDecimal(), figures.GetProperty("clickToOpenRate").GetDecimal()));
    }

    private async Task<List<EmailSend>> WaitForSendsAsync(int campaign, Func<EmailSend, bool> done, Func<EmailSend, bool> expected)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var all = await app.WithDbAsync(db => db.Set<EmailSend>().AsNoTracking().Where(s => s.CampaignId == campaign).ToListAsync());
            var wanted = all.Where(expected).ToList();
            if ((wanted.Count > 0 && wanted.All(done)) || DateTime.UtcNow > until)
            {
                return wanted;
            }

            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task AContactImportedWithoutACountry_StaysUnknown_AndIsHeldToKoreasRulesIfTheyReadKorean()
    {
        var domain = $"{Guid.NewGuid():N}.example.net";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var csv = $"email,language,consent,consented_at\nhana@{domain},ko,subscribed,2026-05-01T10:00:00Z\nluca@{domain},it,subscribed,2026-05-01T10:00:00Z\n";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);

        var (hana, luca) = (await ContactAsync($"hana@{domain}"), await ContactAsync($"luca@{domain}"));
        Assert.Equal(("", "Asia/Seoul", "", "Europe/Rome"), (hana.Country, hana.TimeZone, luca.Country, luca.TimeZone));

        var segment = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/segments", new
        {
            name = $"unknown {domain}", conditions = new[] { new { field = "email", @operator = "ends-with", values = new[] { "@" + domain } } },
        }));
        var template = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/templates", new { name = "Hi", subject = new { en = "Hi", ko = "안녕하세요" }, body = new { en = "<p>Hi</p>" } }));
        await using var paused = await app.PauseJobAsync("email-campaigns");
        var campaign = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/campaigns", new
        {
            name = "Unknown countries", utmCampaign = $"unknown-{domain[..8]}", templateId = template, segmentId = segment, sendAt = DateTimeOffset.UtcNow.AddDays(1),
        }));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<CampaignPreparation>(scope.ServiceProvider).PrepareAsync(campaign, default);
        }

        // The send carries the law it goes out under: Korea's for Hana ((광고), quiet nights), none for Luca.
        var sends = await app.WithDbAsync(db => db.Set<EmailSend>().Where(s => s.CampaignId == campaign).ToDictionaryAsync(s => s.ContactId, s => s.Country));
        Assert.Equal(("KR", ""), (sends[hana.Id], sends[luca.Id]));
    }

    [Fact]
    public async Task AComplaintFromASubscribedContact_UnsubscribesThem_AndLeavesAComplaintSuppression()
    {
        var domain = $"{Guid.NewGuid():N}.example.net";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var csv = $"email,language,country,consent,consented_at\nannoyed@{domain},en,IT,subscribed,2026-05-01T10:00:00Z\n";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);

        // A mailbox provider's feedback loop (RFC 5965 ARF): the recipient pressed "report spam".
        var arf = new MimeMessage();
        arf.From.Add(MailboxAddress.Parse("fbl@mailbox.example.com"));
        arf.To.Add(MailboxAddress.Parse("shop@vetrina.example"));
        arf.Subject = "Complaint";
        arf.Body = new MultipartReport("feedback-report")
        {
            new TextPart("plain") { Text = "This is an email abuse report." },
            new MimePart("message", "feedback-report")
            {
                Content = new MimeContent(new MemoryStream(Encoding.ASCII.GetBytes($"Feedback-Type: abuse\r\nUser-Agent: FBL/1.0\r\nVersion: 1\r\nOriginal-Rcpt-To: annoyed@{domain}\r\n"))),
            },
        };
        using var raw = new MemoryStream();
        await arf.WriteToAsync(raw);
        var posted = await api.PostAsync("/api/v1/email/reports", new ByteArrayContent(raw.ToArray()) { Headers = { { "Content-Type", "message/rfc822" } } });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("Complaint", (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());
        var suppression = await app.WithDbAsync(db => db.Set<Suppression>().Where(s => s.Email == $"annoyed@{domain}").ToListAsync());
        Assert.Equal(SuppressionReason.Complaint, Assert.Single(suppression).Reason);
        Assert.Equal(EmailConsent.Unsubscribed, await app.WithDbAsync(db => db.Set<Contact>().Where(c => c.Email == $"annoyed@{domain}").Select(c => c.Consent).SingleAsync()));
    }

    [Fact]
    public async Task ABounceReport_SuppressesTheAddress_AndCountsInTheReport()
    {
        var domain = $"{Guid.NewGuid():N}.example.net";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var csv = $"email,language,country,consent,consented_at\nmissing@{domain},en,IT,subscribed,2026-05-01T10:00:00Z\n";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var conditions = new[] { new { field = "email", @operator = "ends-with", values = new[] { "@" + domain } } };
        var segment = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/segments", new { name = $"bounce {domain}", conditions }));
        var template = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/templates", new
        {
            name = "Plain", subject = new { en = "Hello" }, body = new { en = "<p>Hello</p>" },
        }));
        var campaign = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/campaigns", new
        {
            name = "Bounce test", utmCampaign = "bounce-test", templateId = template, segmentId = segment,
        }));
        var sent = Assert.Single(await SmtpSink.Shared.WaitForAsync($"missing@{domain}", seconds: 30));

        // The mail server's DSN (RFC 3464) returns the original headers.
        var dsn = new MimeMessage();
        dsn.From.Add(MailboxAddress.Parse("mailer-daemon@mx.example.net"));
        dsn.To.Add(MailboxAddress.Parse("shop@vetrina.example"));
        dsn.Subject = "Undelivered Mail Returned to Sender";
        var status = new MessageDeliveryStatus();
        var perMessage = new HeaderList { { "Reporting-MTA", "dns; mx.example.net" } };
        var perRecipient = new HeaderList
        {
            { "Final-Recipient", $"rfc822; missing@{domain}" }, { "Action", "failed" }, { "Status", "5.1.1" },
            { "Diagnostic-Code", "smtp; 550 5.1.1 user unknown" },
        };
        status.StatusGroups.Add(perMessage);
        status.StatusGroups.Add(perRecipient);
        var report = new MultipartReport("delivery-status")
        {
            new TextPart("plain") { Text = "Your message could not be delivered." },
            status,
            new TextPart("rfc822-headers") { Text = string.Join("\r\n", sent.Headers.Select(h => h.ToString())) },
        };
        dsn.Body = report;
        using var raw = new MemoryStream();
        await dsn.WriteToAsync(raw);
        var posted = await api.PostAsync("/api/v1/email/reports", new ByteArrayContent(raw.ToArray()) { Headers = { { "Content-Type", "message/rfc822" } } });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("HardBounce", (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());
        var suppression = await app.WithDbAsync(db => db.Set<Suppression>().SingleAsync(s => s.Email == $"missing@{domain}"));
        Assert.Equal(SuppressionReason.HardBounce, suppression.Reason);
        var figures = await api.GetFromJsonAsync<JsonElement>($"/api/v1/email/campaigns/{campaign}/report");
        Assert.Equal(1, figures.GetProperty("bounced").GetInt32());
        Assert.Equal(0, figures.GetProperty("delivered").GetInt32());

        // Not a message at all: problem details; a message that is no report: taken and said so.
        // A campaign scheduled for tomorrow is stopped before it goes; a sent one cannot be.
        var later = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/campaigns", new
        {
            name = "Tomorrow", utmCampaign = "tomorrow", templateId = template, segmentId = segment, sendAt = DateTimeOffset.UtcNow.AddDays(1),
        }));
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/v1/email/campaigns/{later}/cancel", null)).StatusCode);
        Assert.Equal(CampaignStatus.Cancelled, await app.WithDbAsync(db => db.Set<EmailCampaign>().Where(c => c.Id == later).Select(c => c.Status).SingleAsync()));
        var again = await api.PostAsync($"/api/v1/email/campaigns/{later}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync("/api/v1/email/campaigns/999999/cancel", null)).StatusCode);

        var garbage = await api.PostAsync("/api/v1/email/reports", new StringContent("hello", Encoding.UTF8, "message/rfc822"));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal("application/problem+json", garbage.Content.Headers.ContentType?.MediaType);
        var plain = await api.PostAsync("/api/v1/email/reports", new StringContent("From: a@b.example\r\nSubject: hi\r\n\r\nhello\r\n", Encoding.UTF8, "message/rfc822"));
        Assert.Equal("NotAReport", (await plain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task AContactImportWithBadLines_ImportsNothing_AndNamesEachLine_AndTheSameFileTwiceChangesNothing()
    {
        var domain = $"{Guid.NewGuid():N}.example.com";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var bad = $"email,language,country,consent,consented_at,birthday\nok@{domain},it,IT,subscribed,2026-01-01T00:00:00Z,\nnope,it,IT,none,,\n"
            + $"b@{domain},fr,IT,none,,\nc@{domain},it,Italy,none,,\nd@{domain},it,IT,subscribed,,\ne@{domain},it,IT,none,,31/12/1990\n";
        var refused = await api.PostAsync("/api/v1/email/contacts/import", new StringContent(bad, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var lines = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("line").GetInt32()).ToList();
        Assert.Equal([3, 4, 5, 6, 7], lines);
        Assert.False(await app.WithDbAsync(db => db.Set<Contact>().AnyAsync(c => c.Email.EndsWith(domain))));

        var good = $"email,first_name,language,country,consent,consented_at\nx@{domain},X,it,IT,subscribed,2026-01-01T00:00:00Z\ny@{domain},Y,ko,KR,none,\n";
        var first = await (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(good, Encoding.UTF8, "text/csv"))).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(good, Encoding.UTF8, "text/csv"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 0, 1), (first.GetProperty("added").GetInt32(), first.GetProperty("updated").GetInt32(), first.GetProperty("subscribed").GetInt32()));
        Assert.Equal((0, 2, 0), (second.GetProperty("added").GetInt32(), second.GetProperty("updated").GetInt32(), second.GetProperty("subscribed").GetInt32()));
        var imported = Assert.Single(await app.ConsentsOfAsync($"x@{domain}"));
        Assert.Equal((ConsentDecision.Given, ConsentSources.Import, "import:upload.csv:line 2"), (imported.Decision, imported.Source, imported.Reference));
    }

    [Fact]
    public async Task TheAbandonedCartFlow_SendsTheBagWithARestoreLink_AndStopsWhenTheShopperBuys()
    {
        var email = $"bag-{Guid.NewGuid():N}@example.com";
        var shopper = new StaffSession(app);
        Assert.Equal(HttpStatusCode.Redirect, (await shopper.SubmitAsync("/it/account/register", null, new() { ["Email"] = email, ["Password"] = "blue linen summer shirt" })).StatusCode);
        await shopper.SubmitAsync("/it/newsletter", null, new() { ["Email"] = email });
        var link = Regex.Match(Assert.Single(await SmtpSink.Shared.WaitForAsync(email)).TextBody!, @"(/it/newsletter/confirm\?token=[A-Za-z0-9_-]+)").Groups[1].Value;
        await shopper.SubmitAsync(link, null, new() { ["Token"] = link.Split("token=")[1] });
        var contact = await ContactAsync(email);
        Assert.NotNull(contact.CustomerId);

        var sku = await app.WithDbAsync(db => db.Set<Vetrina.Inventory.Domain.StockLevel>().Where(l => l.OnHand - l.Reserved >= 5)
            .Join(db.Set<Vetrina.Catalog.Domain.Sku>(), l => l.SkuId, k => k.Id, (l, k) => k.Code).FirstAsync());
        await shopper.Client.PostAsync("/it/cart?handler=Add", new FormUrlEncodedContent([new("sku", sku), new("quantity", "1")]));
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PutAsJsonAsync("/api/v1/email/automations/abandoned-cart", new { enabled = true })).StatusCode);
        // Only a flow's name names it: neither a number nor a made-up kind.
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync("/api/v1/email/automations/-1", new { enabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync("/api/v1/email/automations/1", new { enabled = true })).StatusCode);
        // The bag was left two hours ago, after the flow was switched on; the shopper lives where it is daytime now (flows
        // keep out of the night: the unit tests and the Korean campaign cover that).
        var daytime = Zones.First(zone => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).Hour is >= 9 and < 20);
        await app.WithDbAsync(async db =>
        {
            await db.Set<Contact>().Where(c => c.Id == contact.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.TimeZone, daytime));
            await db.Set<Vetrina.EmailMarketing.Automations.Automation>().Where(a => a.Kind == Vetrina.EmailMarketing.Automations.AutomationKind.AbandonedCart)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.EnabledAt, DateTimeOffset.UtcNow.AddDays(-1)));
            return await db.Set<Vetrina.Cart.Domain.ShoppingCart>().Where(c => c.CustomerId == contact.CustomerId)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.UpdatedAt, DateTimeOffset.UtcNow.AddHours(-2)));
        });
        // The bag module tells of the bag left (once: a second look finds nothing new), and the event starts the flow.
        var bagId = await app.WithDbAsync(db => db.Set<Vetrina.Cart.Domain.ShoppingCart>().Where(c => c.CustomerId == contact.CustomerId).Select(c => c.Id).SingleAsync());
        await AnnounceAbandonedBagsAsync();
        await AnnounceAbandonedBagsAsync();
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Vetrina.Data.Events.EventRecord>().CountAsync(e => e.Name == "Cart.CartAbandoned" && e.Stream == $"cart:{bagId:N}")));
        await RunFlowsAsync();

        var received = await SmtpSink.Shared.WaitForAsync(email, count: 2, seconds: 30);
        var reminder = received[^1];
        Assert.Equal("Hai lasciato qualcosa nella borsa", reminder.Subject);
        var styleName = await app.WithDbAsync(db => db.Set<Vetrina.Catalog.Domain.Style>()
            .Where(s => s.Colourways.SelectMany(c => c.Skus).Any(k => k.Code == sku)).Select(s => s.Name).SingleAsync());
        Assert.Contains(System.Net.WebUtility.HtmlEncode(styleName.Get("it")), reminder.HtmlBody!, StringComparison.Ordinal);

        // The restore link brings the bag into another browser.
        var restore = Regex.Matches(reminder.HtmlBody!, "href=\"https?://[^/\"]+(/e/c/[^\"]+)\"").Select(m => m.Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal))
            .First(l => Uri.UnescapeDataString(l).Contains("/cart/restore", StringComparison.Ordinal));
        using var phone = app.CreateClient(new() { AllowAutoRedirect = false });
        var restoreUrl = new Uri((await phone.GetAsync(restore)).Headers.Location!.OriginalString);
        var restored = await phone.GetAsync(restoreUrl.PathAndQuery);
        Assert.Equal("/it/cart", restored.Headers.Location!.OriginalString);
        var cartId = await app.WithDbAsync(db => db.Set<Vetrina.Cart.Domain.ShoppingCart>().Where(c => c.CustomerId == contact.CustomerId).Select(c => c.Id).SingleAsync());
        Assert.Contains($"vetrina_cart={cartId:N}", string.Join(";", restored.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);

        // The shopper buys: the 24-hour reminder never goes.
        await Shopper.OrderAsync(app.CreateClient(), email, (sku, 1));
        await app.WithDbAsync(db => db.Set<Vetrina.EmailMarketing.Automations.AutomationRun>().Where(r => r.ContactId == contact.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.NextAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        await RunFlowsAsync();
        var run = await app.WithDbAsync(db => db.Set<Vetrina.EmailMarketing.Automations.AutomationRun>().SingleAsync(r => r.ContactId == contact.Id));
        Assert.Equal("purchased", run.EndReason);
        Assert.Equal(1, run.Sent);
        // An ended run has nothing waiting to be sent: the reminder can never go.
        Assert.False(await app.WithDbAsync(db => db.Set<EmailSend>().AnyAsync(s => s.RunId == run.Id && s.FinishedAt == null && s.Skipped == null)));
        Assert.DoesNotContain(SmtpSink.Shared.To(email), m => m.Subject == "Ci stai ancora pensando?");
    }

    [Fact]
    public async Task TheBackOffice_CountsSegments_PreviewsTemplatesAsARealContact_AndRefusesBadInputFieldByField()
    {
        var domain = $"{Guid.NewGuid():N}.example.it";
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        var bad = await marketing.UploadAsync("/admin/email/contacts", "Import", "file", "contacts.csv",
            Encoding.UTF8.GetBytes($"email,language\nok@{domain},it\nwrong,it\n"), []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Line 3: &#x27;wrong&#x27; is not an email address.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var good = await marketing.UploadAsync("/admin/email/contacts", "Import", "file", "contacts.csv",
            Encoding.UTF8.GetBytes($"email,first_name,language,country,consent,consented_at\nanna@{domain},Anna,ko,KR,subscribed,2026-06-01T09:00:00Z\nbea@{domain},Bea,it,IT,none,\n"), []);
        Assert.Contains("2 added, 0 updated, 1 subscribed", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var counted = await marketing.SubmitAsync("/admin/email/segments", "Count", new()
        {
            ["Rules[0].Field"] = "email", ["Rules[0].Operator"] = "ends-with", ["Rules[0].Values"] = "@" + domain,
            ["Rules[1].Field"] = "consent", ["Rules[1].Operator"] = "in", ["Rules[1].Values"] = "subscribed",
        });
        Assert.Contains("<strong>1</strong> contacts match now.", await counted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var wrong = await marketing.SubmitAsync("/admin/email/segments", "Count", new()
        {
            ["Rules[0].Field"] = "country", ["Rules[0].Operator"] = "in", ["Rules[0].Values"] = "Korea",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("Countries are two capital letters (IT, KR).", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var preview = await marketing.SubmitAsync("/admin/email/templates", "Preview", new()
        {
            ["Subject.En"] = "Hello {{ contact.first_name }}", ["Subject.Ko"] = "{{ contact.first_name }}님 안녕하세요", ["Body.En"] = "<p>Hi</p>",
            ["Body.Ko"] = "<p>{{ contact.first_name }}님</p>", ["PreviewEmail"] = $"anna@{domain}",
        });
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<span id=\"preview-subject\">(광고) Anna님 안녕하세요</span>", html, StringComparison.Ordinal);
        var broken = await marketing.SubmitAsync("/admin/email/templates", null, new() { ["Name"] = "Broken", ["Subject.En"] = "Hi", ["Body.En"] = "{% for x in %}" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Contains("The Liquid does not parse", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var campaign = await marketing.SubmitAsync("/admin/email/campaigns/new", null, new() { ["Name"] = "", ["UtmCampaign"] = "Not OK" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, campaign.StatusCode);
        var form = await campaign.Content.ReadAsStringAsync();
        Assert.Contains("utm_campaign is lower-case letters, digits and dashes", form, StringComparison.Ordinal);
        Assert.Contains("Choose an existing template.", form, StringComparison.Ordinal);
        Assert.Contains("Flows", await marketing.Client.GetStringAsync("/admin/email"), StringComparison.Ordinal);

        var warehouse = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.Warehouse), "a long test password");
        Assert.StartsWith("/admin/denied", (await warehouse.Client.GetAsync("/admin/email")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABoughtRule_FindsTheBuyer_WhateverCaseTheyTypedTheirAddressInAtCheckout()
    {
        var domain = $"{Guid.NewGuid():N}.example.com";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var csv = $"email,language,country,consent\nbuyer@{domain},it,IT,none\nbrowser@{domain},it,IT,none\n";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var (sku, _) = await app.SkuWithUnitsAsync(3, pick: 17);
        var style = await app.WithDbAsync(db => db.Set<Vetrina.Catalog.Domain.Style>()
            .Where(s => s.Colourways.SelectMany(c => c.Skus).Any(k => k.Code == sku)).Select(s => s.Code).SingleAsync());
        await Shopper.OrderAsync(app.CreateClient(), $"Buyer@{domain.ToUpperInvariant()}", (sku, 1));

        async Task<int> CountAsync(string field, string value)
        {
            var response = await api.PostAsJsonAsync("/api/v1/email/segments/count", new
            {
                conditions = new object[]
                {
                    new { field = "email", @operator = "ends-with", values = new[] { "@" + domain } },
                    new { field, @operator = "matching", values = new[] { value } },
                },
            });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            return JsonDocument.Parse(body).RootElement.GetProperty("count").GetInt32();
        }

        Assert.Equal(1, await CountAsync("bought", $"style:{style}"));
        Assert.Equal(1, await CountAsync("not-bought", $"style:{style}"));
        Assert.Equal(0, await CountAsync("bought", "style:NO-SUCH-STYLE"));
    }

    [Fact]
    public async Task WhatACustomerBaggedAndViewed_MakesSegments_AndAViewWithoutABagStartsBrowseAbandonment()
    {
        var email = $"browse-{Guid.NewGuid():N}@example.com";
        var shopper = new StaffSession(app);
        await shopper.SubmitAsync("/en/account/register", null, new() { ["Email"] = email, ["Password"] = "blue linen summer shirt" });
        await shopper.SubmitAsync("/en/newsletter", null, new() { ["Email"] = email });
        var link = Regex.Match(Assert.Single(await SmtpSink.Shared.WaitForAsync(email)).TextBody!, @"(/en/newsletter/confirm\?token=[A-Za-z0-9_-]+)").Groups[1].Value;
        await shopper.SubmitAsync(link, null, new() { ["Token"] = link.Split("token=")[1] });
        var contact = await ContactAsync(email);
        var (bagged, viewed, category) = await app.WithDbAsync(async db =>
        {
            var styles = await db.Set<Vetrina.Catalog.Domain.Style>().OrderBy(s => s.Id).Take(2)
                .Select(s => new { s.Code, Sku = s.Colourways.SelectMany(c => c.Skus).Select(k => k.Code).First(), Category = db.Set<Vetrina.Catalog.Domain.Category>().Single(c => c.Id == s.CategoryId).Code })
                .ToListAsync();
            return ((styles[0].Code, styles[0].Sku), styles[1].Code, styles[1].Category);
        });
        await shopper.Client.PostAsync("/en/cart?handler=Add", new FormUrlEncodedContent([new("sku", bagged.Sku), new("quantity", "1")]));
        await app.WithDbAsync(async db =>
        {
            db.Add(new Vetrina.Analytics.Domain.RawEvent
            {
                Name = "view_item", OccurredAt = DateTimeOffset.UtcNow.AddHours(-3), ReceivedAt = DateTimeOffset.UtcNow.AddHours(-3),
                Day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-3)), VisitorId = Guid.NewGuid(), UserId = contact.CustomerId, Page = "/en/products/x",
                Items = Vetrina.Analytics.Domain.EventItem.Write([new Vetrina.Analytics.Domain.EventItem(viewed, null, "Viewed", null, null, 1)]),
            });
            return await db.SaveChangesAsync();
        });

        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        async Task<int> CountAsync(string field, string value)
        {
            var response = await api.PostAsJsonAsync("/api/v1/email/segments/count", new
            {
                conditions = new object[]
                {
                    new { field = "email", @operator = "ends-with", values = new[] { email } },
                    new { field, @operator = "matching", values = new[] { value, "within-days:7" } },
                },
            });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            return JsonDocument.Parse(body).RootElement.GetProperty("count").GetInt32();
        }

        Assert.Equal(1, await CountAsync("carted", $"style:{bagged.Code}"));
        Assert.Equal(0, await CountAsync("carted", $"style:{viewed}"));
        Assert.Equal(1, await CountAsync("viewed", $"style:{viewed}"));
        Assert.Equal(1, await CountAsync("viewed", $"category:{category}"));
        Assert.Equal(0, await CountAsync("viewed", $"style:{bagged.Code}"));
        var unknown = await api.PostAsJsonAsync("/api/v1/email/segments/count", new { conditions = new[] { new { field = "viewed", @operator = "matching", values = UnknownSeason } } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("No season has the code 'XX99'.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await api.PutAsJsonAsync("/api/v1/email/automations/browse-abandonment", new { enabled = true })).StatusCode);
        var daytime = Zones.First(zone => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).Hour is >= 9 and < 20);
        await app.WithDbAsync(async db =>
        {
            // A reader in the United States: the International market's dollar price, not the first market's euros.
            await db.Set<Contact>().Where(c => c.Id == contact.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.TimeZone, daytime).SetProperty(c => c.Country, "US"));
            return await db.Set<Vetrina.EmailMarketing.Automations.Automation>().Where(a => a.Kind == Vetrina.EmailMarketing.Automations.AutomationKind.BrowseAbandonment)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.EnabledAt, DateTimeOffset.UtcNow.AddDays(-1)));
        });
        await RunFlowsAsync();
        var received = await SmtpSink.Shared.WaitForAsync(email, count: 2, seconds: 30);
        var styleName = await app.WithDbAsync(db => db.Set<Vetrina.Catalog.Domain.Style>().Where(s => s.Code == viewed).Select(s => s.Name).SingleAsync());
        Assert.Equal($"Still on your mind: {styleName.En}", received[^1].Subject);
        Assert.Matches(@"· \$[0-9,]+\.[0-9]{2}", received[^1].TextBody!);
        Assert.DoesNotContain("€", received[^1].TextBody!, StringComparison.Ordinal);
        Assert.Equal("browse", (await app.WithDbAsync(db => db.Set<Vetrina.EmailMarketing.Automations.AutomationRun>().SingleAsync(r => r.ContactId == contact.Id))).Key[..6]);
    }

    [Fact]
    public async Task KoreanConsent_IsAskedAgainAfterTwoYears_AndTheClickRenewsIt_AndImportsFillLists()
    {
        var domain = $"{Guid.NewGuid():N}.example.kr";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var old = DateTimeOffset.UtcNow.AddDays(-705).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var csv = $"email,first_name,language,country,consent,consented_at,lists\nseo@{domain},서연,ko,KR,subscribed,{old},VIP; Seoul\nrecent@{domain},Recent,ko,KR,subscribed,2026-10-01T00:00:00Z,Seoul\n";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var lists = await app.WithDbAsync(db => db.Set<ContactList>().Where(l => l.Name == "VIP" || l.Name == "Seoul").ToDictionaryAsync(l => l.Name, l => l.Id));
        var inSeoul = await api.PostAsJsonAsync("/api/v1/email/segments/count", new
        {
            conditions = new object[]
            {
                new { field = "email", @operator = "ends-with", values = new[] { "@" + domain } },
                new { field = "list", @operator = "in", values = new[] { lists["Seoul"].ToString(System.Globalization.CultureInfo.InvariantCulture) } },
            },
        });
        Assert.Equal(2, (await inSeoul.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var book = scope.ServiceProvider.GetRequiredService<ContactBook>();
            Assert.True(await book.AskForReconfirmationAsync() >= 1);
            // Asked once: the next run leaves them be.
            Assert.Equal(0, await book.AskForReconfirmationAsync());
        }

        var notice = Assert.Single(await SmtpSink.Shared.WaitForAsync($"seo@{domain}"));
        Assert.StartsWith("광고성 정보 수신동의 여부 확인 안내", notice.Subject, StringComparison.Ordinal);
        Assert.Empty(SmtpSink.Shared.To($"recent@{domain}"));
        var link = Regex.Match(notice.TextBody!, @"(/ko/newsletter/confirm\?token=[A-Za-z0-9_-]+)").Groups[1].Value;
        var reader = new StaffSession(app);
        await reader.SubmitAsync(link, null, new() { ["Token"] = link.Split("token=")[1] });
        var renewed = await ContactAsync($"seo@{domain}");
        Assert.True(renewed.ConsentedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal((ConsentDecision.Given, ConsentSources.Reconfirmation), (await app.ConsentsOfAsync(renewed.Email)) is [.., var last] ? (last.Decision, last.Source) : default);
    }

    [Fact]
    public async Task Buyers_BecomeContacts_ACheckoutConsentSubscribes_EuBuyersAreSoftOptInUnlessTheyObject_AndOrderFiguresAndRfmAreKept()
    {
        var (consenting, silent, objecting) = ($"yes-{Guid.NewGuid():N}@example.com", $"quiet-{Guid.NewGuid():N}@example.com", $"no-{Guid.NewGuid():N}@example.com");
        var (sku, _) = await app.SkuWithUnitsAsync(6, pick: 59);
        var shop = app.CreateClient();
        foreach (var (email, consent, objection) in new[] { (consenting, true, false), (silent, false, false), (objecting, false, true) })
        {
            var cart = await Shopper.CartAsync(shop, "IT", sku, 1);
            var placed = await Shopper.PlaceAsync(shop, Guid.NewGuid().ToString(),
                Shopper.Body(cart, "IT", "it", email, Shopper.ItalianAddress, "IT-STD", await Shopper.TotalAsync(shop, cart, "IT-STD"), marketingConsent: consent,
                    noSimilarProductEmails: objection));
            Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        }

        await SyncContactsAsync();
        var yes = await ContactAsync(consenting);
        var quiet = await ContactAsync(silent);
        Assert.Equal((EmailConsent.Subscribed, 1, "IT"), (yes.Consent, yes.OrderCount, yes.Country));
        Assert.Equal((EmailConsent.SoftOptIn, 1), (quiet.Consent, quiet.OrderCount));
        Assert.True(yes.RevenueEurMinor > 0);
        Assert.Matches("^[1-5]{3}$", yes.Rfm!);
        Assert.Contains(yes.RfmSegment, Vetrina.EmailMarketing.Segments.RfmScores.Segments);
        var given = Assert.Single(await app.ConsentsOfAsync(consenting));
        Assert.Equal((ConsentDecision.Given, ConsentSources.Checkout), (given.Decision, given.Source));
        Assert.StartsWith("order:", given.Reference, StringComparison.Ordinal);
        var softOptIn = Assert.Single(await app.ConsentsOfAsync(silent));
        Assert.Equal((ConsentDecision.Given, ConsentSources.SoftOptIn, ConsentPurposes.SimilarProductsEmail), (softOptIn.Decision, softOptIn.Source, softOptIn.Purpose));

        // Asked at checkout, the third said no to emails about similar products: out of every campaign, and on the suppression list.
        var no = await ContactAsync(objecting);
        Assert.Equal((EmailConsent.Unsubscribed, 1), (no.Consent, no.OrderCount));
        Assert.True(await app.WithDbAsync(db => db.Set<Suppression>().AnyAsync(s => s.Email == no.Email)));
        var said = Assert.Single(await app.ConsentsOfAsync(objecting));
        Assert.Equal((ConsentDecision.Withdrawn, ConsentSources.Objection, "similar-products-email/2026-11"), (said.Decision, said.Source, said.TextVersion));

        // Nothing sold or refunded since: the next run leaves the figures alone (a hand-made change stays); a new order
        // makes it count everyone again.
        await app.WithDbAsync(db => db.Set<Contact>().Where(c => c.Id == yes.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.OrderCount, 40)));
        await SyncContactsAsync();
        Assert.Equal(40, (await ContactAsync(consenting)).OrderCount);
        var again = await Shopper.CartAsync(shop, "IT", sku, 1);
        Assert.Equal(HttpStatusCode.Created, (await Shopper.PlaceAsync(shop, Guid.NewGuid().ToString(),
            Shopper.Body(again, "IT", "it", consenting, Shopper.ItalianAddress, "IT-STD", await Shopper.TotalAsync(shop, again, "IT-STD")))).StatusCode);
        await SyncContactsAsync();
        Assert.Equal(2, (await ContactAsync(consenting)).OrderCount);
    }

    /// <summary>Checkout's consents reach the contacts as events; buyers' figures by the sync job.</summary>
    private async Task SyncContactsAsync()
    {
        await app.HandleEventsAsync();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContactSync>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ARuleJoinedByOr_IsAnAlternativeToTheRuleBeforeIt_AndTheBuilderPageSavesIt()
    {
        var domain = $"{Guid.NewGuid():N}.example.org";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var csv = string.Join('\n',
            "email,language,country,consent,consented_at",
            $"rome@{domain},it,IT,subscribed,2026-05-01T10:00:00Z",
            $"seoul@{domain},ko,KR,subscribed,2026-05-01T10:00:00Z",
            $"boston@{domain},en,US,subscribed,2026-05-01T10:00:00Z",
            $"berlin@{domain},en,DE,none,") + "\n";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        async Task<int> CountAsync(params object[] conditions) =>
            (await (await api.PostAsJsonAsync("/api/v1/email/segments/count", new { conditions })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32();
        var ours = new { field = "email", @operator = "ends-with", values = new[] { "@" + domain } };
        var korea = new { field = "country", @operator = "in", values = new[] { "KR" } };
        var subscribed = new { field = "consent", @operator = "in", values = new[] { "subscribed" } };
        var andEnglish = new { field = "language", @operator = "in", values = new[] { "en" }, or = false };
        var orEnglish = andEnglish with { or = true };

        Assert.Equal(0, await CountAsync(ours, korea, andEnglish));
        // ours and (Korea or English) and subscribed: Seoul and Boston, not Berlin (no consent), not Rome.
        Assert.Equal(2, await CountAsync(ours, korea, orEnglish, subscribed));
        Assert.Equal(3, await CountAsync(ours, korea, orEnglish));

        var staff = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        var name = $"Korea or English {domain[..6]}";
        var page = await staff.SubmitAsync("/admin/email/segments", null, new()
        {
            ["Name"] = name,
            ["Rules[0].Field"] = "email", ["Rules[0].Operator"] = "ends-with", ["Rules[0].Values"] = "@" + domain,
            ["Rules[1].Join"] = "and", ["Rules[1].Field"] = "country", ["Rules[1].Operator"] = "in", ["Rules[1].Values"] = "KR",
            ["Rules[2].Join"] = "or", ["Rules[2].Field"] = "language", ["Rules[2].Operator"] = "in", ["Rules[2].Values"] = "en",
        });
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var saved = await app.WithDbAsync(db => db.Set<Vetrina.EmailMarketing.Segments.Segment>().AsNoTracking().SingleAsync(s => s.Name == name));
        Assert.Equal([false, false, true], saved.Conditions.Select(c => c.Or));
        Assert.Contains($"country in KR or language in en</td><td class=\"num\">3</td>", await staff.Client.GetStringAsync("/admin/email/segments"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePostPurchaseFlow_StartsWhenTheOrderIsDelivered_AndNamesTheOrderByItsNumber()
    {
        var email = $"review-{Guid.NewGuid():N}@example.com";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var csv = $"email,language,country,consent,consented_at\n{email},it,IT,subscribed,2026-05-01T10:00:00Z\n";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var daytime = Zones.First(zone => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).Hour is >= 9 and < 20);
        var contact = await ContactAsync(email);
        await app.WithDbAsync(db => db.Set<Contact>().Where(c => c.Id == contact.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.TimeZone, daytime)));
        Assert.Equal(HttpStatusCode.NoContent, (await api.PutAsJsonAsync("/api/v1/email/automations/post-purchase", new { enabled = true })).StatusCode);
        try
        {
            var (sku, _) = await app.SkuWithUnitsAsync(3, pick: 61);
            var order = await Shopper.OrderAsync(app.CreateClient(), email, (sku, 1));
            var number = order.GetProperty("number").GetString()!;
            using var warehouse = await StaffSession.ApiClientAsync(app, StaffRoles.Warehouse);
            var packed = await warehouse.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/shipments", new { location = "WH-MI", lines = new[] { new { sku, quantity = 1 } } });
            Assert.Equal(HttpStatusCode.Created, packed.StatusCode);
            var parcel = (await packed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("shipments")[0].GetProperty("id").GetInt64();
            Assert.Equal(HttpStatusCode.OK, (await warehouse.PostAsJsonAsync($"/api/v1/fulfilment/shipments/{parcel}/ship", new { carrier = "BRT", trackingNumber = "BRT0009998887" })).StatusCode);
            await app.HandleEventsAsync();
            Assert.False(await app.WithDbAsync(db => db.Set<Vetrina.EmailMarketing.Automations.AutomationRun>().AnyAsync(r => r.ContactId == contact.Id)));

            // Delivered: the order's event starts the flow, its first email a week later.
            Assert.Equal(HttpStatusCode.OK, (await warehouse.PostAsync($"/api/v1/fulfilment/shipments/{parcel}/delivered", null)).StatusCode);
            await app.HandleEventsAsync();
            await app.HandleEventsAsync();
            var run = await app.WithDbAsync(db => db.Set<Vetrina.EmailMarketing.Automations.AutomationRun>().SingleAsync(r => r.ContactId == contact.Id));
            Assert.StartsWith("order:", run.Key, StringComparison.Ordinal);
            Assert.Equal(TimeSpan.FromDays(7), run.NextAt - run.TriggeredAt);

            await app.WithDbAsync(db => db.Set<Vetrina.EmailMarketing.Automations.AutomationRun>().Where(r => r.Id == run.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.NextAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
            var before = (await SmtpSink.Shared.WaitForAsync(email, count: 2)).Count;
            await RunFlowsAsync();
            var asked = (await SmtpSink.Shared.WaitForAsync(email, count: before + 1, seconds: 30)).Single(m => m.Subject!.StartsWith("Com'è il tuo ordine", StringComparison.Ordinal));
            Assert.Equal($"Com'è il tuo ordine {number}?", asked.Subject);
        }
        finally
        {
            await api.PutAsJsonAsync("/api/v1/email/automations/post-purchase", new { enabled = false });
        }
    }

    [Fact]
    public async Task AFlowNarrowedToASegment_StartsOnlyForItsContacts_AndZeroOpensItToEveryoneAgain()
    {
        var domain = $"{Guid.NewGuid():N}.example.org";
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var today = DateTime.UtcNow.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var csv = $"email,language,country,birthday,consent,consented_at\nroma@{domain},it,IT,1990-{today},subscribed,2026-05-01T10:00:00Z\nberlin@{domain},en,DE,1991-{today},subscribed,2026-05-01T10:00:00Z\n";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/email/contacts/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        string[] italian = ["IT"];
        var italy = await ReadIdAsync(await api.PostAsJsonAsync("/api/v1/email/segments", new
        {
            name = $"Italy {domain[..6]}", conditions = new[] { new { field = "country", @operator = "in", values = italian } },
        }));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PutAsJsonAsync("/api/v1/email/automations/birthday", new { enabled = true, segmentId = 999999 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PutAsJsonAsync("/api/v1/email/automations/birthday", new { enabled = true, segmentId = italy })).StatusCode);
        try
        {
            var flow = (await api.GetFromJsonAsync<JsonElement>("/api/v1/email/automations")).EnumerateArray().Single(f => f.GetProperty("name").GetString()!.Contains("irthday", StringComparison.Ordinal));
            Assert.Equal(italy, flow.GetProperty("segmentId").GetInt32());
            await RunFlowsAsync();
            var (rome, berlin) = (await ContactAsync($"roma@{domain}"), await ContactAsync($"berlin@{domain}"));
            Task<int> RunsAsync(long contact) => app.WithDbAsync(db => db.Set<Vetrina.EmailMarketing.Automations.AutomationRun>().CountAsync(r => r.ContactId == contact));
            Assert.Equal((1, 0), (await RunsAsync(rome.Id), await RunsAsync(berlin.Id)));

            Assert.Equal(HttpStatusCode.NoContent, (await api.PutAsJsonAsync("/api/v1/email/automations/birthday", new { enabled = true, segmentId = 0 })).StatusCode);
            await RunFlowsAsync();
            Assert.Equal((1, 1), (await RunsAsync(rome.Id), await RunsAsync(berlin.Id)));
        }
        finally
        {
            await api.PutAsJsonAsync("/api/v1/email/automations/birthday", new { enabled = false, segmentId = 0 });
        }
    }

    /// <summary>Orders' events reach the flows first (a purchase ends shopping flows, a delivery starts one), then the flows' minute runs.</summary>
    private async Task AnnounceAbandonedBagsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Vetrina.Cart.Shopping.AbandonedBags>().AnnounceAsync(CancellationToken.None);
    }

    private async Task RunFlowsAsync()
    {
        await app.HandleEventsAsync();
        // The app runs the same work every minute: two runs at once would both start a flow for the same contact.
        await using var paused = await app.PauseJobAsync("email-automations");
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Vetrina.EmailMarketing.Automations.AutomationEngine>().RunAsync(CancellationToken.None);
    }

    private async Task<Contact> ContactAsync(string email)
    {
        var normalised = email.ToLowerInvariant();
        return await app.WithDbAsync(db => db.Set<Contact>().AsNoTracking().SingleAsync(c => c.Email == normalised));
    }

    private static async Task<int> ReadIdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EmailMarketingOnSqlite(SqliteAppFixture fixture) : EmailMarketingContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class EmailMarketingOnPostgres(PostgresAppFixture fixture) : EmailMarketingContract(fixture);
