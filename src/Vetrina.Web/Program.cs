using Vetrina.Catalog;
using Vetrina.Inventory;
using Vetrina.Markets;
using Vetrina.Web.Platform;

var builder = WebApplication.CreateBuilder(args);

builder.AddVetrinaDatabase();
builder.AddVetrinaCache();
builder.AddVetrinaTelemetry();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddResponseCompression(o => o.EnableForHttps = true);
builder.Services.AddSingleton(TimeProvider.System);

builder.Services.AddMarketsModule();
builder.Services.AddCatalogModule();
builder.Services.AddInventoryModule();

var app = builder.Build();

await app.InitializeDatabaseAsync();

app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseResponseCompression();

app.MapVetrinaHealth();
app.MapVetrinaMetrics();
app.MapOpenApi("/openapi/{documentName}.json");
app.MapCatalogEndpoints();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
