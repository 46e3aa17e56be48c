using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Vetrina.Admin;
using Vetrina.Analytics;
using Vetrina.Cart;
using Vetrina.Catalog;
using Vetrina.Content;
using Vetrina.Customers;
using Vetrina.EmailMarketing;
using Vetrina.Inventory;
using Vetrina.Kernel;
using Vetrina.Marketing;
using Vetrina.Markets;
using Vetrina.Messaging;
using Vetrina.Orders;
using Vetrina.Payments;
using Vetrina.Privacy;
using Vetrina.Promotions;
using Vetrina.Webhooks;
using Vetrina.Data.Security;
using Vetrina.Helpdesk;
using Vetrina.Storefront;
using Vetrina.Storefront.Seo;
using Vetrina.Web.Platform;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Of(args) });

builder.AddVetrinaDatabase();
builder.AddVetrinaCache();
builder.AddVetrinaTelemetry();
builder.AddVetrinaWebSecurity();
builder.AddVetrinaHealth();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DatabaseFaults>();
builder.Services.AddVetrinaOpenApi();
builder.Services.AddResponseCompression(o => o.EnableForHttps = true);
builder.Services.AddSingleton<TimeProvider>(new Vetrina.Kernel.Time.ReplayableClock(TimeProvider.System));
// Vetrina:Orders:PublicUrl was the key before links left the orders module; it is still read.
builder.Services.Configure<SellerOptions>(builder.Configuration.GetSection("Vetrina:Seller"));
builder.Services.Configure<SiteOptions>(o => o.PublicUrl = builder.Configuration["Vetrina:PublicUrl"] ?? builder.Configuration["Vetrina:Orders:PublicUrl"] ?? o.PublicUrl);
// Italian and Korean text goes out as written; the default encoder would turn every Hangul syllable into an entity.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

builder.Services.AddMarketsModule(builder.Configuration);
builder.Services.AddCatalogModule();
builder.Services.AddInventoryModule();
builder.Services.AddAdminModule();
builder.Services.AddCustomersModule();
builder.Services.AddPrivacyModule();
builder.Services.AddCartModule();
builder.Services.AddPaymentsModule(builder.Configuration);
builder.Services.AddMessagingModule(builder.Configuration);
builder.Services.AddPromotionsModule();
builder.Services.AddWebhooksModule(builder.Configuration);
builder.Services.AddAnalyticsModule(builder.Configuration);
builder.Services.AddMarketingModule();
builder.Services.AddEmailMarketingModule(builder.Configuration);
builder.Services.AddContentModule();
builder.Services.AddOrdersModule(builder.Configuration);
builder.Services.AddHelpdeskModule(builder.Configuration);
builder.Services.AddStorefrontModule();
// Every API caller, per token: a script gone wrong slows itself down, not the shop.
builder.Services.AddWindowLimit(WindowLimits.Api, permits: 1_200, TimeSpan.FromMinutes(1), countsReads: true);
// After the modules: it schedules the recurring jobs they registered.
builder.AddVetrinaJobs();
builder.Services.AddRazorPages();

var app = builder.Build();

// A backup copies the database as it is: no migration or seed first.
if (args.FirstOrDefault() == BackupCommand.Name)
{
    return BackupCommand.Run(app.Services, args);
}

await app.InitializeDatabaseAsync();
if (args.FirstOrDefault() == SimulateCommand.Name)
{
    return await SimulateCommand.RunAsync(app, args);
}

app.UseVetrinaWebSecurity();
app.UseNodeDrain();
app.UseResponseCompression();
// The API answers errors with problem details; pages with a page in the shopper's language.
app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api =>
{
    api.UseExceptionHandler();
    api.UseStatusCodePages();
});
app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), pages =>
{
    pages.UseExceptionHandler("/errors/500");
    pages.UseStatusCodePagesWithReExecute("/errors/{0}");
});
app.UseStorefrontRedirects();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();
app.UseAntiforgery();

app.MapVetrinaHealth();
app.MapVetrinaMetrics();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapCatalogEndpoints();
app.MapCartEndpoints();
app.MapOrdersEndpoints();
app.MapHelpdeskEndpoints();
app.MapPaymentsEndpoints();
app.MapInventoryEndpoints();
app.MapPrivacyEndpoints();
app.MapAnalyticsEndpoints();
app.MapMarketingEndpoints();
app.MapEmailMarketingEndpoints();
app.MapContentEndpoints();
app.MapStorefrontEndpoints();
app.MapAdminEndpoints();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
