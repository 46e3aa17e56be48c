using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vetrina.Kernel;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A shopper's journey in real Chromium on a phone-sized screen, with an axe check of every page on the way: no serious
/// or critical WCAG violation. Chromium comes from the system (apt), never downloaded.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserJourneyTests(BrowserAppFixture fixture) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>What the pages' Content-Security-Policy stopped: a script or style the policy does not allow breaks the page.</summary>
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> refused = new();
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install chromium (.ci/run does).");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    private static readonly string[] LetterSizes = ["XXS", "XS", "S", "M", "L", "XL", "XXL"];

    [Fact]
    public async Task Shopper_BrowsesFiltersBySize_AddsToTheBag_AndSwitchesToKorean()
    {
        var page = await NewPhonePageAsync();
        await page.GotoAsync(new Uri(fixture.Address, "/en").ToString());
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await AssertAccessibleAsync(page, "home");

        await page.Locator("header nav .menu a").First.ClickAsync();
        await page.WaitForURLAsync("**/en/collections/**");
        var before = await CountAsync(page);
        await AssertAccessibleAsync(page, "collection");

        // On a phone the filters wait behind one button, so the products come first.
        var size = page.Locator("fieldset:has(legend:text-is('Size')) input[type=checkbox]").First;
        Assert.False(await size.IsVisibleAsync());
        Assert.Equal("Filters", (await page.Locator("#filter-panel > summary").InnerTextAsync()).Trim());
        await page.Locator("#filter-panel > summary").ClickAsync();
        // Sizes are grouped by system, each in size order (never "35, 38, XS, S, 36").
        var letters = (await page.Locator("fieldset:has(legend:text-is('Size')) input[type=checkbox]").EvaluateAllAsync<string[]>("els => els.map(e => e.value)"))
            .Where(LetterSizes.Contains).ToList();
        Assert.Equal(LetterSizes.Where(letters.Contains), letters);
        await size.CheckAsync();
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**size=**");
        var after = await CountAsync(page);
        Assert.True(after > 0 && after <= before, $"{after} of {before} after filtering by size");
        // Applied: the panel is closed again and its button says one filter is on.
        Assert.Equal("Filters (1)", (await page.Locator("#filter-panel > summary").InnerTextAsync()).Trim());
        Assert.False(await page.Locator("form.filters button[type=submit]").IsVisibleAsync());
        Assert.True(await page.Locator("fieldset:has(legend:text-is('Size')) input[type=checkbox]:checked").CountAsync() == 1);

        await page.Locator("ul.grid li a").First.ClickAsync();
        await page.WaitForURLAsync("**/en/products/**");
        var product = page.Url;
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        await AssertAccessibleAsync(page, "product");

        await page.Locator(".sizes label:has(input:not([disabled]))").First.ClickAsync();
        await page.Locator(".add button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/en/cart?added=*");
        Assert.Contains("Added to your bag.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".bag-line").CountAsync());
        // One item, in the singular; then two.
        Assert.Contains("(1 item)", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "bag");

        // The international checkout names countries in English, in English order (not Cherokee, Welsh or Breton).
        await page.Locator("a[href='/en/checkout']").ClickAsync();
        await page.Locator("#total").WaitForAsync();
        var countries = await page.Locator("#f-shippingAddress-country option").AllInnerTextsAsync();
        Assert.Contains("United States", countries);
        Assert.Contains("China", countries);
        Assert.True(countries.ToList().IndexOf("United Kingdom") < countries.ToList().IndexOf("United States"), "English alphabetical order");
        Assert.Matches(@"^\$[0-9,]+\.[0-9]{2}$", (await page.Locator("#total").InnerTextAsync()).Trim());
        await page.GoBackAsync();
        await page.Locator(".bag-line select").First.SelectOptionAsync("2");
        await page.Locator(".bag-line form.qty button").First.ClickAsync();
        await page.Locator("main :text('(2 items)')").WaitForAsync();
        await page.GotoAsync(product);
        // The product page is cached for everyone, yet the bag link shows this shopper's count, read as words.
        Assert.Equal("2", await page.Locator("#bag-count .bag-count").TextContentAsync());
        Assert.Equal(" (2 items)", await page.Locator("#bag-count .sr").TextContentAsync());

        await page.Locator("footer a[hreflang=ko]").ClickAsync();
        await page.WaitForURLAsync("**/ko/products/**");
        Assert.Equal("ko", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("₩", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(" (2개 상품)", await page.Locator("#bag-count .sr").TextContentAsync());
        await AssertAccessibleAsync(page, "product in Korean");
    }

    [Fact]
    public async Task NoCookieIsSetBeforeAChoice_TheBannerIsAccessible_AndRejectingKeepsOnlyTheChoice()
    {
        var page = await NewPhonePageAsync();
        await page.GotoAsync(new Uri(fixture.Address, "/it").ToString());
        await page.Locator("#consent").WaitForAsync();
        Assert.Empty(await page.Context.CookiesAsync());
        await AssertAccessibleAsync(page, "cookie banner");

        // Scrolling and browsing are not consent; the buttons to accept and to reject look alike.
        await page.Mouse.WheelAsync(0, 2000);
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.Equal(await page.Locator("#consent button[value=accept]").GetAttributeAsync("class"),
            await page.Locator("#consent button[value=reject]").GetAttributeAsync("class"));
        await page.Locator("#consent button[value=reject]").ClickAsync();
        await page.Locator("#consent").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(["vetrina_consent"], (await page.Context.CookiesAsync()).Select(c => c.Name));

        await page.GotoAsync(new Uri(fixture.Address, "/ko/newsletter").ToString());
        await AssertAccessibleAsync(page, "newsletter sign-up");
        await page.GotoAsync(new Uri(fixture.Address, "/it/privacy/cookies").ToString());
        Assert.False(await page.Locator("#analytics").IsCheckedAsync());
        await page.Locator("#analytics").CheckAsync();
        await page.Locator("form.account-form button[value=save]").ClickAsync();
        await page.Locator("#consent-saved").WaitForAsync();
        Assert.True(await page.Locator("#analytics").IsCheckedAsync());
        await AssertAccessibleAsync(page, "cookie settings");
    }

    [Fact]
    public async Task TheTrackingScript_SendsWhatTheShopperSaw_WithAFirstPartyVisitorOnceAnalyticsIsAccepted()
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
            // Headless Chromium names itself in its user agent, and the collector drops robots: this is a phone.
            UserAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        });
        context.SetDefaultTimeout(90_000);
        var page = Watch(await context.NewPageAsync());
        await page.GotoAsync(new Uri(fixture.Address, "/it").ToString());
        await page.Locator("#consent button[value=accept]").ClickAsync();
        await page.Locator("#consent").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await WaitForAsync(async () => (await context.CookiesAsync()).Any(c => c.Name == Vetrina.Privacy.Contracts.AnalyticsCookie.Name));
        var visitor = Guid.ParseExact((await context.CookiesAsync()).Single(c => c.Name == Vetrina.Privacy.Contracts.AnalyticsCookie.Name).Value, "N");

        await OpenFirstProductAsync(page, "it");
        await page.Locator(".sizes label:has(input:not([disabled]))").First.ClickAsync();
        await page.Locator(".add button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/it/cart?added=*");

        var events = new List<Vetrina.Analytics.Domain.RawEvent>();
        await WaitForAsync(async () =>
        {
            events = await fixture.App.WithDbAsync(db => db.Set<Vetrina.Analytics.Domain.RawEvent>().Where(e => e.VisitorId == visitor).ToListAsync());
            return events.Any(e => e.Name == "add_to_cart") && events.Any(e => e.Name == "view_item_list") && events.Count(e => e.Name == "page_view") >= 4;
        });
        Assert.All(events, e => Assert.Equal((Vetrina.Kernel.VisitorKind.Cookie, Vetrina.Analytics.Domain.DeviceCategory.Mobile, "it"),
            (e.VisitorKind, e.Device, e.Language)));
        var viewed = Assert.Single(Vetrina.Analytics.Domain.EventItem.ReadStored(events.Single(e => e.Name == "view_item").Items));
        // Told by the bag's page once the add succeeded, naming the bag (its cookie) and the size put in it.
        var addedEvent = events.Single(e => e.Name == "add_to_cart");
        var added = Assert.Single(Vetrina.Analytics.Domain.EventItem.ReadStored(addedEvent.Items));
        Assert.Equal((viewed.Id, 1), (added.Id, added.Quantity));
        Assert.False(string.IsNullOrEmpty(added.Variant));
        var bag = (await context.CookiesAsync()).Single(c => c.Name == "vetrina_cart").Value;
        Assert.Contains($"\"cart_id\":\"{bag}\"", addedEvent.Params, StringComparison.Ordinal);
        Assert.Contains(events, e => e.Name == "view_item_list");
    }

    [Fact]
    public async Task TheTrackingScript_IsUnderTwoKilobytesGzipped_AndKeptByBrowsersForAYear()
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = fixture.Address };
        var request = new HttpRequestMessage(HttpMethod.Get, Vetrina.Analytics.Contracts.TrackingTag.ScriptPath);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await http.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 2048);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_IsAccessible_AndFindsKoreanWithoutSpaces()
    {
        var page = await NewPhonePageAsync();
        await page.GotoAsync(new Uri(fixture.Address, "/ko/search?q=" + Uri.EscapeDataString("캐시미어니트")).ToString());
        Assert.True(await CountAsync(page) > 0);
        await AssertAccessibleAsync(page, "search");

        await page.GotoAsync(new Uri(fixture.Address, "/ko/account/register").ToString());
        await page.Locator("form.account-form button[type=submit]").ClickAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#Email", "aria-invalid"));
        await AssertAccessibleAsync(page, "sign-up with errors");
    }

    [Fact]
    public async Task BackOffice_SignInAndStyleEditor_AreAccessibleAndWorkWithTheKeyboard()
    {
        var page = await NewPhonePageAsync();
        await page.GotoAsync(new Uri(fixture.Address, "/admin").ToString());
        await page.WaitForURLAsync("**/admin/sign-in**");
        await AssertAccessibleAsync(page, "sign-in");

        await page.FocusAsync("#Email");
        await page.Keyboard.TypeAsync(VetrinaApp.AdminEmail);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(VetrinaApp.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(u => u.EndsWith("/admin", StringComparison.Ordinal));
        await AssertAccessibleAsync(page, "overview");

        await page.GotoAsync(new Uri(fixture.Address, "/admin/styles").ToString());
        await AssertAccessibleAsync(page, "styles");
        await page.Locator("table a").First.ClickAsync();
        await page.WaitForURLAsync("**/admin/styles/**");
        await AssertAccessibleAsync(page, "style editor");

        await page.GotoAsync(new Uri(fixture.Address, "/admin/discounts").ToString());
        await AssertAccessibleAsync(page, "discounts");

        await page.GotoAsync(new Uri(fixture.Address, "/admin/analytics").ToString());
        await page.WaitForFunctionAsync("() => window.Chart && Object.keys(window.Chart.instances).length >= 3");
        await AssertAccessibleAsync(page, "analytics overview");
        await page.GotoAsync(new Uri(fixture.Address, "/admin/seo").ToString());
        await AssertAccessibleAsync(page, "SEO audit");
        await page.GotoAsync(new Uri(fixture.Address, "/admin/seo/redirects").ToString());
        await AssertAccessibleAsync(page, "redirects");
        await page.GotoAsync(new Uri(fixture.Address, "/admin/marketing/campaigns").ToString());
        await AssertAccessibleAsync(page, "campaigns");
        await page.GotoAsync(new Uri(fixture.Address, "/admin/marketing/influencers").ToString());
        await AssertAccessibleAsync(page, "influencers");
        await page.GotoAsync(new Uri(fixture.Address, "/admin/marketing/social").ToString());
        await AssertAccessibleAsync(page, "social");
        // The back-office menu is grouped; on a phone, by keyboard, a group opens in place.
        await page.Locator("header nav summary:has-text('Marketing')").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("header nav a[href='/admin/content']").ClickAsync();
        await page.WaitForURLAsync("**/admin/content");
        Assert.Equal("true", await page.Locator("header nav summary:has-text('Marketing')").GetAttributeAsync("aria-current"));
        await AssertAccessibleAsync(page, "content");
        foreach (var dashboard in new[] { "products", "customers", "attribution", "ad-spend", "rates" })
        {
            await page.GotoAsync(new Uri(fixture.Address, $"/admin/analytics/{dashboard}").ToString());
            await AssertAccessibleAsync(page, $"analytics {dashboard}");
        }

        foreach (var email in new[] { "", "/campaigns/new", "/segments", "/templates", "/contacts" })
        {
            await page.GotoAsync(new Uri(fixture.Address, $"/admin/email{email}").ToString());
            await AssertAccessibleAsync(page, $"email{email}");
        }

        await page.GotoAsync(new Uri(fixture.Address, "/admin/stock").ToString());
        await page.Locator("table a").First.ClickAsync();
        await page.WaitForURLAsync("**/admin/stock?sku=**");
        await AssertAccessibleAsync(page, "stock of a SKU");
    }

    [Fact]
    public async Task AKoreanGuest_PaysInWon_ThroughA3DSecureCheck_AndSeesTheOrderConfirmed()
    {
        var page = await NewPhonePageAsync();
        await OpenFirstProductAsync(page, "ko");
        await page.Locator(".sizes label:has(input:not([disabled]))").First.ClickAsync();
        await page.Locator(".add button[type=submit]").ClickAsync();
        // Locators wait for the page that has them: no race between a click's navigation and a URL check.
        await page.Locator("a[href='/ko/checkout']").ClickAsync();
        await page.Locator("#total").WaitForAsync();
        Assert.Contains("₩", await page.Locator("#total").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.Locator("input[name=MarketingConsent]").IsCheckedAsync(), "marketing consent starts unticked");
        Assert.Equal(0, await page.Locator("input[name=NoSimilarProductEmails]").CountAsync()); // no soft opt-in outside the EU
        await AssertAccessibleAsync(page, "checkout");

        await page.Locator("button.pay").ClickAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#f-email", "aria-invalid"));
        Assert.True(await page.Locator("#error-summary a").CountAsync() >= 4);
        await AssertAccessibleAsync(page, "checkout with errors");

        // Collecting in the Seongsu store needs no delivery address; back to delivery for this purchase.
        await page.Locator("input[value=KR-SEONGSU]").CheckAsync();
        Assert.False(await page.Locator("fieldset.delivery").IsVisibleAsync());
        await page.Locator("input[value=KR-STD]").CheckAsync();
        Assert.True(await page.Locator("fieldset.delivery").IsVisibleAsync());

        await page.FillAsync("#f-email", "minji@example.com");
        await page.FillAsync("#f-shippingAddress-name", "김민지");
        await page.FillAsync("#f-shippingAddress-line1", "서울특별시 성동구 성수이로 78");
        await page.FillAsync("#f-shippingAddress-line2", "3층");
        await page.FillAsync("#f-shippingAddress-postalCode", "04782");
        await page.FillAsync("#f-shippingAddress-phone", "010-1234-5678");
        await PayByCardAsync(page, "4000 0000 0000 3220");

        await page.Locator("button[value=approve]").WaitForAsync();
        await AssertAccessibleAsync(page, "3-D Secure challenge");
        await page.Locator("button[value=approve]").ClickAsync();
        await page.Locator("#order-status").WaitForAsync();
        Assert.StartsWith("주문 VT-", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("주문 확정", await page.Locator("#order-status").InnerTextAsync());
        // As Koreans write them: the address from the street down, the postcode last, then the country by its name; the
        // date in Korean order and the time in Seoul's.
        var address = (await page.Locator("address").InnerTextAsync()).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["서울특별시 성동구 성수이로 78", "3층", "김민지", "04782", "대한민국"], address);
        var placed = await page.Locator("p:has(#order-status)").InnerTextAsync();
        var seoul = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"));
        Assert.Matches($@"주문일 {seoul.Year}년 {seoul.Month}월 {seoul.Day}일 \d\d:\d\d \(GMT\+9\)", placed);
        var shown = TimeOnly.ParseExact(System.Text.RegularExpressions.Regex.Match(placed, @"(\d\d:\d\d) \(GMT").Groups[1].Value, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Math.Abs((TimeOnly.FromDateTime(seoul.DateTime) - shown).TotalMinutes) is < 5 or > 1435, $"{shown} shown at {seoul:HH:mm} in Seoul");
        await AssertAccessibleAsync(page, "order confirmation");
        var number = (await page.Locator("h1").InnerTextAsync())["주문 ".Length..];

        // The warehouse packs and ships it from the back office; the shopper then finds the tracking on the same page.
        var staff = await NewPhonePageAsync();
        await staff.GotoAsync(new Uri(fixture.Address, "/admin/sign-in").ToString());
        await staff.FillAsync("#Email", VetrinaApp.AdminEmail);
        await staff.FillAsync("#Password", VetrinaApp.AdminPassword);
        await staff.Keyboard.PressAsync("Enter");
        await staff.WaitForURLAsync(u => u.EndsWith("/admin", StringComparison.Ordinal));
        await staff.GotoAsync(new Uri(fixture.Address, "/admin/fulfilment").ToString());
        await AssertAccessibleAsync(staff, "pick list");
        // The Korean order's line reads in the back office's English.
        var picked = await staff.Locator($"tr:has(a:text-is('{number}'))").First.InnerTextAsync();
        Assert.DoesNotMatch("[가-힣]", picked);
        await staff.Locator($"a:text-is('{number}')").First.ClickAsync();
        await staff.WaitForURLAsync($"**/admin/orders/{number}");
        await AssertAccessibleAsync(staff, "order in the back office");
        await staff.Locator("form:has(button:text-is('Pack')) button").ClickAsync();
        await staff.WaitForURLAsync($"**/admin/orders/{number}");
        await staff.SelectOptionAsync("select[name=carrier]", "CJ");
        await staff.FillAsync("input[name=tracking]", "684512345678");
        await staff.Locator("button:text-is('Ship parcel')").ClickAsync();
        await staff.Locator("main :text('Parcel shipped')").First.WaitForAsync();

        await page.ReloadAsync();
        Assert.Equal("발송 완료", await page.Locator("#order-status").InnerTextAsync());
        Assert.Contains("684512345678", await page.Locator("#parcels").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "order with tracking");
    }

    [Fact]
    public async Task AFailed3DSecureCheck_OffersAnotherCard_WithTheBagAndAddressKept_AndAGoodCardPays()
    {
        var page = await NewPhonePageAsync();
        await OpenFirstProductAsync(page, "it");
        await page.Locator(".sizes label:has(input:not([disabled]))").First.ClickAsync();
        await page.Locator(".add button[type=submit]").ClickAsync();
        await page.Locator("a[href='/it/checkout']").ClickAsync();
        await page.Locator("#total").WaitForAsync();
        var email = $"luca.{Guid.NewGuid():N}@example.com";
        await page.FillAsync("#f-email", email);
        await page.FillAsync("#f-shippingAddress-name", "Luca Bianchi");
        await page.FillAsync("#f-shippingAddress-line1", "Via Tortona 27");
        await page.FillAsync("#f-shippingAddress-city", "Milano");
        await page.FillAsync("#f-shippingAddress-region", "MI");
        await page.FillAsync("#f-shippingAddress-postalCode", "20144");
        await PayByCardAsync(page, "4000 0000 0000 3220");

        // The bank's check fails: the order is cancelled unpaid, and the page offers the way forward.
        await page.Locator("button[value=fail]").ClickAsync();
        await page.Locator("#try-again").WaitForAsync();
        await AssertAccessibleAsync(page, "failed payment");
        await page.Locator("#try-again").ClickAsync();
        await page.Locator("#total").WaitForAsync();
        Assert.Equal((email, "Luca Bianchi", "Via Tortona 27", "20144"), (await page.InputValueAsync("#f-email"), await page.InputValueAsync("#f-shippingAddress-name"),
            await page.InputValueAsync("#f-shippingAddress-line1"), await page.InputValueAsync("#f-shippingAddress-postalCode")));
        Assert.Equal(1, await page.Locator(".summary-lines li").CountAsync());

        await PayByCardAsync(page, "4242 4242 4242 4242");
        await page.Locator("#order-status").WaitForAsync();
        Assert.Equal("Confermato", await page.Locator("#order-status").InnerTextAsync());
    }

    [Fact]
    public async Task AnItalianCustomer_AppliesADiscountCode_AndPays_AndFindsTheOrderInTheirAccount()
    {
        var page = await NewPhonePageAsync();
        var email = $"giulia.{Guid.NewGuid():N}@example.com";
        await page.GotoAsync(new Uri(fixture.Address, "/it/account/register").ToString());
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", "una password molto lunga");
        await page.Locator("form.account-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/it/account");

        await OpenFirstProductAsync(page, "it");
        await page.Locator(".sizes label:has(input:not([disabled]))").First.ClickAsync();
        await page.Locator(".add button[type=submit]").ClickAsync();
        await page.Locator("a[href='/it/checkout']").ClickAsync();
        await page.Locator("#total").WaitForAsync();
        Assert.Equal(email, await page.InputValueAsync("#f-email"));
        // Italy's market in Italian, as Italians write them and sort them; euros as Italians write them.
        Assert.Equal(["Città del Vaticano", "Italia", "San Marino"], await page.Locator("#f-shippingAddress-country option").AllInnerTextsAsync());
        Assert.Matches(@"^[0-9.]+,[0-9]{2} €$", (await page.Locator("#total").InnerTextAsync()).Trim());
        // The email boxes are a group of their own, not part of accepting the terms.
        Assert.Equal("Le nostre email", await page.Locator("fieldset:has(input[name=MarketingConsent]) > legend").InnerTextAsync());
        Assert.Equal(0, await page.Locator("fieldset:has(input[name=MarketingConsent]) input[name=AcceptTerms]").CountAsync());
        // The terms she accepts are a link away, with the returns and withdrawal page.
        Assert.Equal(["Condizioni di vendita", "Resi e recesso"], await page.Locator("#terms-pages a").AllInnerTextsAsync());
        var before = await page.Locator("#total").InnerTextAsync();

        await page.FillAsync("#f-discountCode", "welcome10");
        await page.Locator(".row-inline:has(#f-discountCode) button").ClickAsync();
        await page.Locator(".totals :text('WELCOME10')").WaitForAsync();
        Assert.Contains("WELCOME10", await page.Locator(".totals").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEqual(before, await page.Locator("#total").InnerTextAsync());
        await AssertAccessibleAsync(page, "checkout with a discount");

        await page.FillAsync("#f-shippingAddress-name", "Giulia Rossi");
        await page.FillAsync("#f-shippingAddress-line1", "Via Brera 12");
        await page.FillAsync("#f-shippingAddress-city", "Milano");
        await page.FillAsync("#f-shippingAddress-region", "MI");
        await page.FillAsync("#f-shippingAddress-postalCode", "20121");
        await PayByCardAsync(page, "4242 4242 4242 4242");

        await page.Locator("#order-status").WaitForAsync();
        Assert.Equal("Confermato", await page.Locator("#order-status").InnerTextAsync());
        Assert.Contains("WELCOME10", await page.Locator(".totals").InnerTextAsync(), StringComparison.Ordinal);
        var number = (await page.Locator("h1").InnerTextAsync())["Ordine ".Length..];
        await page.GotoAsync(new Uri(fixture.Address, "/it/account").ToString());
        Assert.Contains(number, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "account with orders");

        // The order's address went into the address book.
        await page.GotoAsync(new Uri(fixture.Address, "/it/account/addresses").ToString());
        Assert.Contains("Via Brera 12", await page.Locator(".address-book").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "address book");

        // She changes her mind: the withdrawal function is found by its name on any page, works without signing in, in
        // two steps, with the keyboard.
        await page.GetByRole(AriaRole.Link, new() { Name = "Recedi dal contratto qui" }).ClickAsync();
        await page.WaitForURLAsync("**/it/withdrawal");
        await AssertAccessibleAsync(page, "withdrawal, first step");
        await page.GetByLabel("Il tuo nome").FillAsync("Giulia Rossi");
        await page.GetByLabel("Numero d'ordine").FillAsync(number);
        await page.GetByLabel("Email usata per l'ordine").FillAsync(email);
        await page.GetByLabel("Email usata per l'ordine").PressAsync("Enter");
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Conferma il recesso" });
        await confirm.WaitForAsync();
        Assert.Contains("I 14 giorni iniziano dalla consegna dell'ordine.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "withdrawal, second step");
        await confirm.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#withdrawal-received").WaitForAsync();
        Assert.Contains("Ricevuto il ", await page.Locator("#withdrawal-received").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "withdrawal received");

        // The returns page by its name in the footer: her withdrawal already opened the return of every unit, and the page says so.
        await page.GetByRole(AriaRole.Link, new() { Name = "Effettua un reso" }).ClickAsync();
        await page.WaitForURLAsync("**/it/returns");
        await page.GetByLabel("Numero d'ordine").FillAsync(number);
        await page.GetByLabel("Email usata per l'ordine").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Trova il mio ordine" }).ClickAsync();
        await page.Locator("#return-problem").WaitForAsync();
        Assert.Contains("Già restituito o in viaggio verso di noi.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "returns, nothing left to return");

        // A question about the order, from the order's page, with the keyboard.
        await page.GotoAsync(new Uri(fixture.Address, $"/it/account/orders/{number}").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Aiuto con questo ordine" }).ClickAsync();
        await page.WaitForURLAsync("**/it/pages/contact?order=*");
        await page.GetByLabel("Il tuo nome").FillAsync("Giulia Rossi");
        await page.GetByLabel("La tua email").FillAsync(email);
        await page.GetByLabel("Il tuo messaggio").FillAsync("Posso cambiare l'indirizzo di consegna?");
        await AssertAccessibleAsync(page, "contact form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#contact-received").WaitForAsync();
        Assert.Contains("Abbiamo ricevuto la tua richiesta T-", await page.Locator("#contact-received").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "contact form sent");
    }

    /// <summary>
    /// The first product of the first collection, reached by its links' addresses: the journey test clicks through the
    /// shop; the checkout tests only need a product, without racing a click against a page still loading.
    /// </summary>
    private async Task OpenFirstProductAsync(IPage page, string language)
    {
        await page.GotoAsync(new Uri(fixture.Address, $"/{language}").ToString());
        var collection = await page.Locator("header nav .menu a").First.GetAttributeAsync("href");
        await page.GotoAsync(new Uri(fixture.Address, collection).ToString());
        var product = await page.Locator("ul.grid li a").First.GetAttributeAsync("href");
        await page.GotoAsync(new Uri(fixture.Address, product).ToString());
        Assert.Contains($"/{language}/products/", page.Url, StringComparison.Ordinal);
    }

    /// <summary>Types a test card, accepts the terms and presses pay.</summary>
    private static async Task PayByCardAsync(IPage page, string number)
    {
        await page.FillAsync("#f-card-number", number);
        await page.SelectOptionAsync("#f-card-expiry", "12");
        await page.SelectOptionAsync("#card-year", (DateTime.UtcNow.Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#f-card-cvc", "123");
        await page.Locator("input[name=AcceptTerms]").CheckAsync();
        await page.Locator("button.pay").ClickAsync();
    }

    /// <summary>
    /// Polls what the browser caused on the server (beacons reach the collector, which writes in group commits). As
    /// patient as the pages: the browser tests share two cores with the database tests that run alongside.
    /// </summary>
    private static async Task WaitForAsync(Func<Task<bool>> done)
    {
        for (var waited = 0; !await done(); waited += 100)
        {
            Assert.True(waited < 90_000, "waited 90 s");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task AKoreanShopperOnAPhone_StartsAReturn_AndGetsItsLabel()
    {
        var (sku, _) = await fixture.App.SkuWithUnitsAsync(5, pick: 26);
        var email = $"phone.return.{Guid.NewGuid():N}@example.com";
        var (number, lines, _) = await fixture.App.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-2), (sku, 1));
        var page = await NewPhonePageAsync();
        await page.GotoAsync(new Uri(fixture.Address, "/ko").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "반품 신청" }).ClickAsync();
        await page.GetByLabel("주문 번호").FillAsync(number);
        await page.GetByLabel("주문에 사용한 이메일").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "주문 찾기" }).ClickAsync();
        await page.Locator($"#units-{lines[0]}").SelectOptionAsync("1");
        await page.Locator($"#reason-{lines[0]}").SelectOptionAsync(new SelectOptionValue { Label = "사이즈가 작음" });
        await AssertAccessibleAsync(page, "returns, the choice");
        await page.GetByRole(AriaRole.Button, new() { Name = "반품 신청하기" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"반품 {number}-R1" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#return-fee")).ToContainTextAsync("₩3,000");
        await AssertAccessibleAsync(page, "a return");
        var label = await page.GetByRole(AriaRole.Link, new() { Name = "선불 반품 라벨 내려받기(PDF)" }).GetAttributeAsync("href");
        var pdf = await page.APIRequest.GetAsync(new Uri(fixture.Address, label!).ToString());
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.BodyAsync(), 0, 5), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAgent_AnswersATicketWithACannedReply_AndRefundsFromIt_ByKeyboardAndMouse()
    {
        var (sku, _) = await fixture.App.SkuWithUnitsAsync(5, pick: 27);
        var email = $"agent.refund.{Guid.NewGuid():N}@example.com";
        var (number, _, _) = await fixture.App.DeliveredKoreanOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-2), (sku, 1));
        var title = $"배송 안내 {Guid.NewGuid():N}"[..16];
        string ticket;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            ticket = (await scope.ServiceProvider.GetRequiredService<Vetrina.Helpdesk.Contracts.IHelpdeskIntake>().OpenAsync(new(Guid.NewGuid().ToString("N"), "김민지", email,
                Vetrina.Helpdesk.Contracts.TicketTopic.Order, number, "상자가 찌그러져 왔어요. 일부 환불이 될까요?", "ko", Vetrina.Helpdesk.Contracts.TicketChannel.OrderPage, null), default)).TicketNumber!;
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<Vetrina.Helpdesk.Replies.CannedReplies>().SaveAsync(null, title, "ko",
                "{{ customer.name }}님, 주문 {{ order.number }} 건으로 불편을 드려 죄송합니다.", "test", default));
        }

        var agent = await StaffSession.CreateStaffAsync(fixture.App, "agent");
        var page = await NewPhonePageAsync();
        await page.GotoAsync(new Uri(fixture.Address, "/admin/sign-in").ToString());
        await page.Locator("#Email").FillAsync(agent);
        await page.Locator("#Password").FillAsync("a long test password");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(u => u.EndsWith("/admin", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(fixture.Address, $"/admin/service?q={ticket}").ToString());
        await AssertAccessibleAsync(page, "inbox search");
        await page.GetByRole(AriaRole.Link, new() { Name = ticket, Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/service/{ticket}");
        await AssertAccessibleAsync(page, "a ticket");

        // The canned reply, chosen and inserted from the keyboard, filled in for this customer and order.
        await page.GetByLabel("Canned reply").SelectOptionAsync(new SelectOptionValue { Label = $"{title} (ko)" });
        await page.GetByLabel("Canned reply").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#reply-text")).ToHaveValueAsync($"김민지님, 주문 {number} 건으로 불편을 드려 죄송합니다.");
        await page.Locator("#reply-text").PressAsync("End");
        await page.Locator("#reply-text").PressSequentiallyAsync(" ₩10,000을 환불해 드렸습니다.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Answer sent by email.")).ToBeVisibleAsync();

        // The refund, from the order beside the ticket.
        await page.GetByText($"Act on {number}").ClickAsync();
        await page.GetByLabel("Refund (up to").FillAsync("10000");
        await page.GetByLabel("Reason").First.FillAsync("Box arrived crushed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Refund", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Refund on order {number} sent.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#thread")).ToContainTextAsync($"Refunded ₩10,000 on order {number}: Box arrived crushed");
        await AssertAccessibleAsync(page, "a ticket after a refund");
        var answer = await SmtpSink.Shared.WaitForSubjectAsync(email, $"Re: 문의 {ticket}");
        Assert.Contains("₩10,000을 환불해 드렸습니다.", answer.TextBody, StringComparison.Ordinal);
    }

    private async Task<IPage> NewPhonePageAsync()
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        // The browser tests share two cores with the database tests that run alongside (flash sales of 500 checkouts):
        // a page may take longer than Playwright's default 30 s to come while those run.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return Watch(await context.NewPageAsync());
    }

    private IPage Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    private static async Task<int> CountAsync(IPage page)
    {
        var status = await page.Locator("p[role=status]").First.InnerTextAsync();
        return int.Parse(new string([.. status.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task AssertAccessibleAsync(IPage page, string name)
    {
        Assert.Empty(refused);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
        Assert.NotEmpty(result.Passes);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{name} ({page.Url}): " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
        // Reflow (WCAG 1.4.10): on a phone nothing may push the page sideways; a long email once did, and the phone then
        // zoomed the whole page out.
        var wider = await page.EvaluateAsync<string>("""
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return '';
              const past = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 1);
              const last = past.filter(e => !past.some(inner => inner !== e && e.contains(inner)));
              return last.slice(0, 3).map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${e.className} (${Math.round(e.getBoundingClientRect().right - width)} px)`).join(', ');
            }
            """);
        Assert.True(wider.Length == 0, $"{name} ({page.Url}) is wider than the screen: {wider}");
    }
}
