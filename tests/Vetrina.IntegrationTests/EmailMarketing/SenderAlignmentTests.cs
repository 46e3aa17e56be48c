using Microsoft.Extensions.Options;
using Vetrina.Data;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A sender configuration that mailbox providers would fail stops the app at start with a message saying what to set,
/// instead of sending mail that DMARC rejects.
/// </summary>
public sealed class SenderAlignmentTests : IDisposable
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"vetrina-sender-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(database);
    }

    [Fact]
    public void ADkimDomainOutsideTheFromDomain_StopsTheStart()
    {
        var error = StartFails(new() { ["Vetrina:Smtp:From"] = "Maison <shop@maison.example>" });
        Assert.Contains($"Vetrina:Smtp:Dkim:Domain \"{TestDkim.Domain}\" does not align with the From domain \"maison.example\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ACampaignSenderOrBounceDomainOutsideTheDkimDomain_StopsTheStart()
    {
        var error = StartFails(new() { ["Vetrina:Email:From"] = "news@other.example", ["Vetrina:Email:BounceDomain"] = "bounces.third.example" });
        Assert.Contains("does not align with the campaign From domain \"other.example\"", error, StringComparison.Ordinal);
        Assert.Contains("Vetrina:Email:BounceDomain \"bounces.third.example\" is not under the campaign From domain", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CampaignsWithAnHttpPublicAddress_StopTheStart_ButLoopbackAndHttpsStart()
    {
        var error = StartFails(new() { ["Vetrina:PublicUrl"] = "http://shop.vetrina.test" });
        Assert.Contains("Vetrina:PublicUrl \"http://shop.vetrina.test\" is http", error, StringComparison.Ordinal);

        using var aligned = App(new()
        {
            ["Vetrina:PublicUrl"] = "https://shop.vetrina.test", ["Vetrina:Email:From"] = "news@vetrina.test",
            ["Vetrina:Email:BounceDomain"] = "bounces.vetrina.test",
        });
        _ = aligned.Server;
    }

    private string StartFails(Dictionary<string, string> settings)
    {
        using var app = App(settings);
        var error = Assert.ThrowsAny<Exception>(() => app.Server);
        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException many ? Assert.Single(many.InnerExceptions) : error);
        return validation.Message;
    }

    private VetrinaApp App(Dictionary<string, string> settings) => new(DatabaseProvider.Sqlite, $"Data Source={database}", settings);
}
