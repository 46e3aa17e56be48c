using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Contracts;
using Vetrina.Data.Audit;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;

namespace Vetrina.IntegrationTests;

/// <summary>The back office: staff sign-in, roles, two-step sign-in, lockout, catalogue editing and its audit trail.</summary>
public abstract partial class AdminContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    private Task<StaffSession> AdminAsync() => StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);

    [Fact]
    public async Task BackOffice_SendsAnonymousVisitorsToSignIn()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/admin/styles");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/sign-in?ReturnUrl=%2Fadmin%2Fstyles", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBackOfficePage_WhicheverModuleOwnsIt_RendersInTheShell_AndIsInTheMenu()
    {
        var admin = await AdminAsync();
        var pages = app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => route.StartsWith("/admin", StringComparison.Ordinal) && !route.Contains('{', StringComparison.Ordinal)
                && route is not ("/admin/sign-in" or "/admin/sign-in/code" or "/admin/sign-out" or "/admin/denied"))
            .Distinct().Order().ToList();
        Assert.Contains("/admin/webhooks", pages);
        var home = await admin.Client.GetStringAsync("/admin");
        foreach (var page in pages)
        {
            var html = await admin.Client.GetStringAsync(page);
            Assert.True(html.Contains("<a class=\"skip\" href=\"#main\">", StringComparison.Ordinal), $"{page} does not render in the back office's layout");
        }

        // Every page a module registers a menu link for is reachable from the menu (pages below them are reached from there).
        foreach (var link in app.Services.GetServices<Vetrina.Admin.Contracts.BackOfficeLink>())
        {
            Assert.Contains($"href=\"{link.Href}\"", home, StringComparison.Ordinal);
            Assert.Contains(link.Href, pages);
        }
    }

    [Fact]
    public async Task BackOfficePages_ShowLabels_NeverEnumOrEventNames()
    {
        var admin = await AdminAsync();
        // Every name of a value that reads differently as words ("PartiallyShipped", "SoftOptIn"), from every module.
        var raw = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name!.StartsWith("Vetrina.", StringComparison.Ordinal))
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum)
            .SelectMany(t => Enum.GetValues(t).Cast<Enum>().Select(v => (Name: v.ToString(), Label: v.Label())))
            .Where(v => v.Name != v.Label && RawName().IsMatch(v.Name)).Select(v => v.Name)
            .Concat(["session_start", "view_item", "add_to_cart", "begin_checkout", "add_payment_info"]).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("PartiallyShipped", raw);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Vetrina.Data.VetrinaDbContext>();
        var style = await db.Set<Style>().OrderBy(s => s.Id).Select(s => s.Code).FirstAsync();
        var pages = new[]
        {
            "/admin", "/admin/styles", $"/admin/styles/{style}", "/admin/orders", "/admin/stock", "/admin/seo", "/admin/analytics", "/admin/analytics/attribution",
            "/admin/analytics/ad-spend", "/admin/email", "/admin/email/contacts", "/admin/marketing/social",
        };
        foreach (var page in pages)
        {
            var html = await admin.Client.GetStringAsync(page);
            var text = System.Net.WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline), "<[^>]+>", " "));
            var shown = Regex.Matches(text, "[A-Za-z_]+").Select(m => m.Value).Where(raw.Contains).Distinct().ToList();
            Assert.True(shown.Count == 0, $"{page} shows {string.Join(", ", shown)} where a label belongs");
        }

        var categories = await admin.Client.GetStringAsync($"/admin/styles/{style}");
        Assert.Contains(">Women &gt; Clothing &gt; Knitwear</option>", categories, StringComparison.Ordinal);
        Assert.DoesNotContain("(Category)", categories, StringComparison.Ordinal);
    }

    [GeneratedRegex("^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$")]
    private static partial Regex RawName();

    [Fact]
    public async Task FirstAdmin_FromConfiguration_SignsIn_AndSeesEveryRolesMenu()
    {
        var admin = await AdminAsync();
        var home = await admin.Client.GetStringAsync("/admin");
        foreach (var link in new[] { "/admin/styles", "/admin/staff", "/admin/api-tokens", "/admin/audit", "/admin/account" })
        {
            Assert.Contains($"href=\"{link}\"", home, StringComparison.Ordinal);
        }

        Assert.Contains("Styles by lifecycle stage", home, StringComparison.Ordinal);
        var roles = await app.WithDbAsync(db => db.Roles.Select(r => r.Name!).ToListAsync());
        Assert.Equal(StaffRoles.All.Append(CustomerRole.Name).Order(), roles.Order());
    }

    [Fact]
    public async Task WrongPasswords_AreSlowedDown_NotLocked_SoAStrangerCannotKeepTheOwnerOut_AndTheOwnerIsTold()
    {
        var email = await StaffSession.CreateStaffAsync(app, StaffRoles.Agent);
        // Time stands still here: a slow machine does not let a wait run out between two posts.
        using var replay = Vetrina.Kernel.Time.ReplayableClock.Begin(DateTimeOffset.UtcNow);
        // The owner has signed in from this browser before: it carries the device cookie.
        var owner = await StaffSession.SignInAsync(app, email, "a long test password");
        owner.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.10");
        var stranger = new StaffSession(app);
        stranger.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.66");

        // Thirty guesses at once, as a script sends them: five are checked, the rest refused unchecked.
        var html = await stranger.Client.GetStringAsync("/admin/sign-in");
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value);
        var guesses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => stranger.Client.PostAsync("/admin/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = "not the password", ["__RequestVerificationToken"] = token }))));
        Assert.Equal(5, guesses.Count(g => g.StatusCode == HttpStatusCode.OK));
        var refused = guesses.Where(g => g.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(25, refused.Count);
        Assert.All(refused, r => Assert.True(int.Parse(r.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1));
        Assert.Contains("The account is not locked", await refused[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("The email or password is not right", await guesses.First(g => g.StatusCode == HttpStatusCode.OK).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);

        // More strangers from more addresses: ten failures on the account slow it down for everyone but its owner.
        for (var i = 0; i < 5; i++)
        {
            var other = new StaffSession(app);
            other.Client.DefaultRequestHeaders.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            Assert.Equal(HttpStatusCode.OK, (await other.SubmitAsync("/admin/sign-in", null, new() { ["Email"] = email, ["Password"] = "still not it" })).StatusCode);
        }

        var late = new StaffSession(app);
        late.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.99");
        Assert.Equal(HttpStatusCode.TooManyRequests,
            (await late.SubmitAsync("/admin/sign-in", null, new() { ["Email"] = email, ["Password"] = "a long test password" })).StatusCode);
        var signedIn = await owner.SubmitAsync("/admin/sign-in", null, new() { ["Email"] = email, ["Password"] = "a long test password" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The tenth failure told the owner, once.
        var alert = Assert.Single(await SmtpSink.Shared.WaitForAsync(email));
        Assert.Equal("Failed sign-ins to your Vetrina account", alert.Subject);
        Assert.Contains("10 times within the hour", alert.TextBody, StringComparison.Ordinal);
        Assert.Contains("192.0.2.5", alert.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptySignInForm_GetsFieldMessages_NotAnError()
    {
        var response = await new StaffSession(app).SubmitAsync("/admin/sign-in", null, new() { ["Email"] = "", ["Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter your email address.", html, StringComparison.Ordinal);
        Assert.Contains("Enter your password.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_GiveLeastPrivilege()
    {
        var agent = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.Agent), "a long test password");
        var denied = await agent.Client.GetAsync("/admin/styles");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/admin/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.Client.GetAsync("/admin/denied")).StatusCode);

        var marketer = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        var code = await AnyStyleCodeAsync();
        Assert.Equal(HttpStatusCode.OK, (await marketer.Client.GetAsync($"/admin/styles/{code}")).StatusCode);
        var write = await marketer.SubmitAsync($"/admin/styles/{code}", "Price",
            new() { ["revision"] = "0", ["market"] = "IT", ["full"] = "1.00" });
        Assert.Equal(HttpStatusCode.Redirect, write.StatusCode);
        Assert.StartsWith("/admin/denied", write.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await marketer.Client.GetAsync("/admin/staff")).StatusCode);
    }

    [Fact]
    public async Task TwoStepSignIn_WithAnAuthenticatorApp()
    {
        var email = await StaffSession.CreateStaffAsync(app, StaffRoles.EcommerceManager);
        var session = await StaffSession.SignInAsync(app, email, "a long test password");
        var account = await session.Client.GetStringAsync("/admin/account");
        Assert.Contains("<svg", account, StringComparison.Ordinal);
        var key = AuthenticatorKey().Match(account).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        var wrong = await session.SubmitAsync("/admin/account", "Enable", new() { ["Code"] = "000000" });
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var enabled = await session.SubmitAsync("/admin/account", "Enable", new() { ["Code"] = totp.ComputeTotp() });
        var recovery = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("Your recovery codes.", recovery, StringComparison.Ordinal);
        Assert.Equal(10, RecoveryCode().Count(recovery));

        var again = new StaffSession(app);
        var signIn = await again.SubmitAsync("/admin/sign-in", null, new() { ["Email"] = email, ["Password"] = "a long test password" });
        Assert.StartsWith("/admin/sign-in/code", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await again.Client.GetAsync("/admin")).StatusCode);
        var verified = await again.SubmitAsync("/admin/sign-in/code", null, new() { ["Code"] = totp.ComputeTotp() });
        Assert.Equal("/admin", verified.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task NewStyle_BuiltInTheBackOffice_AppearsInTheShop_AndEveryStepIsAudited()
    {
        var admin = await AdminAsync();
        var (categoryId, seasonId, sizeType) = await app.WithDbAsync(async db =>
        {
            var category = await db.Set<Category>().Where(c => c.Level == CategoryLevel.Category && c.SizeType != SizeType.OneSize).FirstAsync();
            var season = await db.Set<Season>().FirstAsync(s => s.Code == Season.CarryOverCode);
            return (category.Id, season.Id, category.SizeType);
        });
        var code = $"T-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";
        var created = await admin.SubmitAsync("/admin/styles/new", null, new()
        {
            ["Code"] = code, ["NameEn"] = $"Test linen shirt {code}", ["NameIt"] = $"Camicia di lino {code}", ["NameKo"] = $"린넨 셔츠 {code}",
            ["DescriptionEn"] = "A relaxed linen shirt.", ["CareEn"] = "Hand wash cold.", ["CategoryId"] = $"{categoryId}",
            ["SeasonId"] = $"{seasonId}", ["Gender"] = "Unisex", ["Origin"] = "it", ["Composition"] = "100% linen",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/admin/styles/{code}", created.Headers.Location!.OriginalString);

        var page = $"/admin/styles/{code}";
        await Saved(admin.SubmitAsync(page, "Colourway", new() { ["revision"] = $"{await RevisionAsync(code)}", ["colourCode"] = "SAND", ["nameEn"] = "Sand", ["nameIt"] = "Sabbia", ["family"] = "Beige", ["hex"] = "#D8C8A8" }));
        var size = SizeChart.For(sizeType).BaseSizes[0];
        var gtin = Gtin.Complete($"80{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}");
        await Saved(admin.SubmitAsync(page, "Sku", new() { ["revision"] = $"{await RevisionAsync(code)}", ["colour"] = "SAND", ["size"] = size, ["gtin"] = gtin }));
        await Saved(admin.SubmitAsync(page, "Image", new() { ["revision"] = $"{await RevisionAsync(code)}", ["colour"] = "SAND", ["url"] = "/media/logo.svg", ["altEn"] = "Sand linen shirt, front", ["width"] = "800", ["height"] = "1000" }));
        foreach (var (market, price) in new[] { ("IT", "89.00"), ("KR", "129000"), ("INTL", "99.50") })
        {
            await Saved(admin.SubmitAsync(page, "Price", new() { ["revision"] = $"{await RevisionAsync(code)}", ["market"] = market, ["full"] = price }));
        }

        await Saved(admin.SubmitAsync(page, "Lifecycle", new() { ["revision"] = $"{await RevisionAsync(code)}", ["stage"] = "NewIn" }));

        var shop = app.CreateClient();
        var handle = Slug.From($"Test linen shirt {code}");
        var product = await shop.GetStringAsync($"/en/products/{handle}");
        Assert.Contains("Sand", product, StringComparison.Ordinal);
        var italian = await shop.GetStringAsync($"/it/products/{Slug.From($"Camicia di lino {code}")}");
        Assert.Matches(@"89,00\s€", WebUtility.HtmlDecode(italian));

        var actions = await app.WithDbAsync(db => db.AuditLog.Where(a => a.Subject == $"style:{code}").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["style.created", "style.colourway-added", "style.sku-added", "style.image-added", "style.price-changed",
            "style.price-changed", "style.price-changed", "style.lifecycle-changed"], actions);
        var audit = await admin.Client.GetStringAsync($"/admin/audit?subject=style:{code}");
        Assert.Contains("IT: no price -&gt; 89,00", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadedImage_IsReencodedAsWebP_ServedWithItsSize_AndShownOnTheProductPage()
    {
        var admin = await AdminAsync();
        var style = await app.WithDbAsync(db => db.Set<Style>().Include(s => s.Colourways).Include(s => s.Handles)
            .Where(s => s.Lifecycle == Lifecycle.FullPrice).OrderByDescending(s => s.Code).Skip(5).FirstAsync());
        var colour = style.Colourways[0].Code;
        var page = $"/admin/styles/{style.Code}";

        var notAnImage = await admin.UploadAsync(page, "Image", "upload", "notes.png", "just text"u8.ToArray(),
            new() { ["revision"] = $"{style.Revision}", ["colour"] = colour, ["altEn"] = "Front" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notAnImage.StatusCode);
        Assert.Contains("That file is not a JPEG, PNG or WebP image.", await notAnImage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var uploaded = await admin.UploadAsync(page, "Image", "upload", "front.png", TestImages.Png(3000, 2400),
            new() { ["revision"] = $"{style.Revision}", ["colour"] = colour, ["altEn"] = "Uploaded front view" });
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var colourwayId = style.Colourways[0].Id;
        var image = await app.WithDbAsync(db => db.Set<ColourwayImage>().Where(i => i.ColourwayId == colourwayId)
            .OrderByDescending(i => i.Position).FirstAsync());
        Assert.Equal((2000, 1600), (image.Width, image.Height));

        var served = await app.CreateClient().GetAsync(image.Url);
        Assert.Equal("image/webp", served.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", served.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var product = await app.CreateClient().GetStringAsync($"/en/products/{style.HandleFor("en")}");
        Assert.Contains("Uploaded front view", product, StringComparison.Ordinal);

        // The page offers resized copies, made from the upload once and kept for a year.
        var copy = ResponsiveImages.At(image.Url, 750);
        Assert.Contains($"{copy} 750w", product, StringComparison.Ordinal);
        Assert.Contains($"{ResponsiveImages.At(image.Url, 1600)} 1600w", product, StringComparison.Ordinal);
        var resized = await app.CreateClient().GetAsync(copy);
        Assert.Equal("image/webp", resized.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", resized.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using (var decoded = SkiaSharp.SKBitmap.Decode(await resized.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((750, 600), (decoded.Width, decoded.Height));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(ResponsiveImages.At(image.Url, 700))).StatusCode);
    }

    [Fact]
    public async Task ShopPages_AreServedFromTheOutputCache_UntilTheCatalogueChanges()
    {
        var admin = await AdminAsync();
        var style = await app.WithDbAsync(db => db.Set<Style>().Include(s => s.Handles).Include(s => s.Prices)
            .Where(s => s.Lifecycle == Lifecycle.FullPrice).OrderByDescending(s => s.Code).Skip(3).FirstAsync());
        var page = $"/it/products/{style.HandleFor("it")}";
        var shop = app.CreateClient();
        await shop.GetStringAsync(page);
        var cached = await shop.GetAsync(page);
        Assert.True(cached.Headers.Age is not null, "the second view comes from the output cache");

        var price = style.Prices.Single(p => p.Market == "IT").FullPrice.Major + 1;
        await Saved(admin.SubmitAsync($"/admin/styles/{style.Code}", "Price", new()
        {
            ["revision"] = $"{style.Revision}", ["market"] = "IT", ["full"] = price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        }));
        var fresh = await shop.GetAsync(page);
        Assert.Null(fresh.Headers.Age);
        Assert.Contains(price.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("it-IT")), WebUtility.HtmlDecode(await fresh.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadEdits_AreRejectedWithFieldMessages_AndNothingIsSaved()
    {
        var admin = await AdminAsync();
        var code = await AnyStyleCodeAsync();
        var before = await app.WithDbAsync(db => db.Set<Style>().AsNoTracking().SingleAsync(s => s.Code == code));
        var page = $"/admin/styles/{code}";

        var composition = await admin.SubmitAsync(page, "Details", new()
        {
            ["Revision"] = $"{before.Revision}", ["NameEn"] = before.Name.En, ["DescriptionEn"] = before.Description.En, ["CareEn"] = before.Care.En,
            ["CategoryId"] = $"{before.CategoryId}", ["SeasonId"] = $"{before.SeasonId}", ["Gender"] = $"{before.Gender}",
            ["Origin"] = "Italy", ["Composition"] = "70% wool, 20% cashmere",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, composition.StatusCode);
        var html = await composition.Content.ReadAsStringAsync();
        Assert.Contains("Fibre shares add up to 90%, not 100%.", html, StringComparison.Ordinal);
        Assert.Contains("Give the two-letter ISO country code", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Italy\"", html, StringComparison.Ordinal);

        var price = await admin.SubmitAsync(page, "Price", new() { ["revision"] = $"{before.Revision}", ["market"] = "KR", ["full"] = "129000.50" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, price.StatusCode);
        Assert.Contains("Give the full price in KRW as a number", await price.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var markdown = await admin.SubmitAsync(page, "Price", new() { ["revision"] = $"{before.Revision}", ["market"] = "IT", ["full"] = "10.00", ["markdown"] = "20.00" });
        Assert.Contains("A markdown price is above zero, below the full price", await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tamperedGender = await admin.SubmitAsync(page, "Details", new()
        {
            ["Revision"] = $"{before.Revision}", ["NameEn"] = before.Name.En, ["DescriptionEn"] = before.Description.En, ["CareEn"] = before.Care.En,
            ["CategoryId"] = $"{before.CategoryId}", ["SeasonId"] = $"{before.SeasonId}", ["Gender"] = "99", ["Origin"] = "IT", ["Composition"] = "100% wool",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tamperedGender.StatusCode);
        var tamperedFamily = await admin.SubmitAsync(page, "Colourway", new()
        {
            ["revision"] = $"{before.Revision}", ["colourCode"] = "ZZ", ["nameEn"] = "Odd", ["family"] = "99", ["hex"] = "#123456",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tamperedFamily.StatusCode);

        var noAlt = await admin.SubmitAsync(page, "ImageAlt", new() { ["revision"] = $"{before.Revision}", ["colour"] = "X", ["position"] = "0", ["altEn"] = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noAlt.StatusCode);

        var stale = await admin.SubmitAsync(page, "Price", new() { ["revision"] = $"{before.Revision - 1}", ["market"] = "IT", ["full"] = "10.00" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else saved this style", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var after = await app.WithDbAsync(db => db.Set<Style>().AsNoTracking().Include(s => s.Prices).SingleAsync(s => s.Code == code));
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Subject == $"style:{code}")));
    }

    [Fact]
    public async Task Admin_CreatesStaff_WithAOneTimePassword_AndTheChangeIsAudited()
    {
        var admin = await AdminAsync();
        var email = $"new-{Guid.NewGuid():N}@vetrina.test";
        var response = await admin.SubmitAsync("/admin/staff", "Create", new() { ["Email"] = email, ["Role"] = StaffRoles.Warehouse });
        var html = await response.Content.ReadAsStringAsync();
        var password = NewPassword().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(password), html);
        var staff = await StaffSession.SignInAsync(app, email, password);
        Assert.Equal(HttpStatusCode.OK, (await staff.Client.GetAsync("/admin")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "staff.created" && a.Subject == $"staff:{email}")));

        var duplicate = await admin.SubmitAsync("/admin/staff", "Create", new() { ["Email"] = email, ["Role"] = StaffRoles.Warehouse });
        Assert.Contains($"{email} already has an account.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task Saved(Task<HttpResponseMessage> submit)
    {
        var response = await submit;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private Task<int> RevisionAsync(string code) =>
        app.WithDbAsync(db => db.Set<Style>().Where(s => s.Code == code).Select(s => s.Revision).SingleAsync());

    private Task<string> AnyStyleCodeAsync() =>
        app.WithDbAsync(db => db.Set<Style>().Where(s => s.Lifecycle == Lifecycle.FullPrice).OrderBy(s => s.Code).Select(s => s.Code).FirstAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<code id=\"authenticator-key\">([a-z0-9 ]+)</code>")]
    private static partial Regex AuthenticatorKey();

    [GeneratedRegex("<li><code>[a-zA-Z0-9-]+</code></li>")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("<code id=\"new-password\">([^<]+)</code>")]
    private static partial Regex NewPassword();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAdminTests(SqliteAppFixture fixture) : AdminContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlAdminTests(PostgresAppFixture fixture) : AdminContract(fixture);
