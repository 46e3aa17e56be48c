using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Customers;
using Vetrina.Customers.Contracts;
using Vetrina.Data;
using Vetrina.Privacy;
using Vetrina.Privacy.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Upgrades that moved data to its owning module or changed what its rows mean, run on a database of their own from the
/// migration before: nothing is lost, and the new owner's contract reads it. Privacy's ledger became the one home of consent (cookie proofs, checkout
/// consents, the email module's proof); the address book moved from Orders to Customers; influencer attribution keeps
/// its own copy of the orders that went through; analytics' days with a cancellation are rebuilt once cancellations are
/// no longer counted as refunds.
/// </summary>
public abstract class ModuleMoveMigrationsContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private ServiceProvider services = null!;
    private DatabaseOptions options = null!;
    private Func<Task> drop = () => Task.CompletedTask;

    protected abstract (DatabaseOptions Options, Func<Task> Drop) CreateDatabase();

    public Task InitializeAsync()
    {
        (options, drop) = CreateDatabase();
        var collection = new ServiceCollection();
        collection.AddSingleton(TimeProvider.System);
        collection.AddPrivacyModule();
        collection.AddCustomersModule();
        collection.AddDbContext<VetrinaDbContext>(db =>
        {
            options.Configure(db, [typeof(PrivacyModule).Assembly, typeof(CustomersModule).Assembly]);
            // The model here holds only Privacy's and Customers' tables; the migrations make every module's.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services = collection.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await drop();
    }

    [Fact]
    public async Task CookieChoices_CheckoutConsents_AndEveryEmailProofStep_MoveIntoTheLedger()
    {
        var visitor = Guid.NewGuid();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
            await MigrateToJustBeforeAsync(db, "ConsentLedger");

            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO privacy_consents ("VisitorId", "Analytics", "Marketing", "GlobalPrivacyControl", "PolicyVersion", "Language", "Source", "At")
                VALUES ({0}, TRUE, FALSE, TRUE, 'cafe01', 'it', 'choices', {1})
                """, Stored(visitor), Stored(Start));
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO orders_consents ("Email", "CustomerId", "Purpose", "TextVersion", "Language", "Source", "OrderId", "At")
                VALUES ('Buyer@Example.com', 'c-1', 'marketing-email', 'marketing-email/2026-11', 'it', 'checkout', 77, {0}),
                       ('objector@example.com', NULL, 'similar-products-email-objection', 'similar-products-email/2026-11', 'en', 'checkout', 78, {1})
                """, Stored(Start.AddMinutes(1)), Stored(Start.AddMinutes(2)));
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO email_contacts ("Id", "Email", "Language", "Country", "TimeZone", "Source", "CreatedAt", "UpdatedAt", "Consent", "NightConsent",
                    "OrderCount", "RevenueEurMinor")
                VALUES (9001, 'reader@example.com', 'ko', 'KR', 'Asia/Seoul', 'newsletter-form', {0}, {0}, 0, FALSE, 0, 0)
                """, Stored(Start));
            // Requested, Confirmed, SoftOptIn, Unsubscribed, Imported: the email module's steps by number.
            foreach (var (action, source, minute) in new[] { (0, "newsletter-form", 3), (1, "confirmation-link", 4), (3, "order", 5), (4, "one-click", 6), (5, "import:list.csv:line 2", 7) })
            {
                await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO email_consent_events ("ContactId", "Action", "Source", "TextVersion", "Text", "IpAddress", "UserAgent", "At")
                    VALUES (9001, {0}, {1}, 'optin/1', 'words shown', '203.0.113.9', 'Firefox', {2})
                    """, action, source, Stored(Start.AddMinutes(minute)));
            }

            await db.Database.MigrateAsync();
        }

        await using var reading = services.CreateAsyncScope();
        var ledger = reading.ServiceProvider.GetRequiredService<IConsentLedger>();
        var cookies = await ledger.OfVisitorAsync(visitor);
        Assert.Equal([(ConsentPurposes.AnalyticsCookies, ConsentDecision.Given), (ConsentPurposes.MarketingCookies, ConsentDecision.Withdrawn)],
            cookies.Select(c => (c.Purpose, c.Decision)));
        Assert.All(cookies, c => Assert.Equal((ConsentChannels.Cookie, "choices", "cafe01", "it", true, Start), (c.Channel, c.Source, c.TextVersion, c.Language, c.GlobalPrivacyControl, c.At)));

        var bought = Assert.Single(await ledger.OfEmailAsync("buyer@example.com"));
        Assert.Equal((ConsentPurposes.MarketingEmail, ConsentDecision.Given, ConsentSources.Checkout, "order:77", "c-1", "marketing-email/2026-11"),
            (bought.Purpose, bought.Decision, bought.Source, bought.Reference, bought.CustomerId, bought.TextVersion));
        var objected = Assert.Single(await ledger.OfEmailAsync("objector@example.com"));
        Assert.Equal((ConsentPurposes.SimilarProductsEmail, ConsentDecision.Withdrawn, ConsentSources.Objection), (objected.Purpose, objected.Decision, objected.Source));

        var steps = await ledger.OfEmailAsync("reader@example.com");
        Assert.Equal(
        [
            (ConsentDecision.Requested, ConsentSources.DoubleOptIn, "newsletter-form"),
            (ConsentDecision.Given, ConsentSources.DoubleOptIn, "confirmation-link"),
            (ConsentDecision.Given, ConsentSources.SoftOptIn, "order"),
            (ConsentDecision.Withdrawn, ConsentSources.Unsubscribe, "one-click"),
            (ConsentDecision.Given, ConsentSources.Import, "import:list.csv:line 2"),
        ], steps.Select(s => (s.Decision, s.Source, s.Reference)));
        Assert.All(steps, s => Assert.Equal(("words shown", "optin/1", "203.0.113.9", "Firefox", "ko", "KR"), (s.Text, s.TextVersion, s.IpAddress, s.UserAgent, s.Language, s.Country)));
        Assert.Equal(ConsentPurposes.SimilarProductsEmail, steps[2].Purpose);
    }

    [Fact]
    public async Task SavedAddresses_KeepTheirRowsIdsAndDefault_UnderCustomers()
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
            await MigrateToJustBeforeAsync(db, "CustomersAddressBook");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO orders_saved_addresses ("Id", "CustomerId", "IsDefault", "CreatedAt", "LastUsedAt", "Name", "Line1", "Line2", "City", "Region",
                    "PostalCode", "Country", "Phone")
                VALUES (41, 'customer-7', TRUE, {0}, {0}, 'Giulia Rossi', 'Via Brera 12', NULL, 'Milano', 'MI', '20121', 'IT', '+39 02 1234567'),
                       (42, 'customer-7', FALSE, {0}, {1}, '김민지', '서울특별시 성동구 성수이로 78', '3층', '', NULL, '04782', 'KR', NULL)
                """, Stored(Start), Stored(Start.AddDays(3)));
            await db.Database.MigrateAsync();
        }

        await using var reading = services.CreateAsyncScope();
        var book = await reading.ServiceProvider.GetRequiredService<IAddressBook>().ListAsync("customer-7");
        Assert.Equal([(41L, true, "Via Brera 12", "MI"), (42L, false, "서울특별시 성동구 성수이로 78", null)],
            book.Select(a => (a.Id, a.IsDefault, a.Address.Line1, a.Address.Region)));
        Assert.Equal(Start.AddDays(3), book[1].LastUsedAt);
    }

    [Fact]
    public async Task OrdersThatWentThrough_WithTheirCodes_BecomeMarketingsSoldOrders()
    {
        var visitor = Guid.NewGuid();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        await MigrateToJustBeforeAsync(db, "MarketingSoldOrders");
        // Statuses by number: 0 waits for its payment, 3 shipped, 7 cancelled.
        foreach (var (id, status, email) in new[] { (501L, 3, "Fan@Example.com"), (502L, 0, "waiting@example.com"), (503L, 7, "gone@example.com") })
        {
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO orders_orders ("Id", "AccessKey", "Currency", "DiscountMinor", "Email", "GiftCardMinor", "Language", "Market", "MarketingConsent",
                    "PaymentDueBy", "PlacedAt", "ShippingMethodCode", "ShippingMethodName", "ShippingMinor", "ShippingVatMinor", "Status", "StockReference",
                    "SubtotalMinor", "TotalMinor", "UpdatedAt", "VatMinor", "Version", "BillCity", "BillCountry", "BillLine1", "BillName",
                    "BillPostalCode", "ShipCity", "ShipCountry", "ShipLine1", "ShipName", "ShipPostalCode")
                VALUES ({0}, 'key', 'EUR', 1000, {1}, 0, 'it', 'IT', FALSE, {2}, {2}, 'IT-STD', 'Standard', 0, 0, {3}, {4}, 10000, 9000, {2}, 1623, 1,
                    'Milano', 'IT', 'Via Brera 12', 'Giulia Rossi', '20121', 'Milano', 'IT', 'Via Brera 12', 'Giulia Rossi', '20121')
                """, id, email, Stored(Start.AddMinutes(id - 500)), status, $"order:{id}");
        }

        await db.Database.ExecuteSqlRawAsync("""UPDATE orders_orders SET "VisitorId" = {0} WHERE "Id" = 501""", Stored(visitor));

        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO promotions_discount_codes ("Id", "Active", "AmountMinor", "Code", "CombinesWithAutomatic", "Kind", "PercentBasisPoints", "TimesUsed")
            VALUES (61, TRUE, 0, 'GIULIA10', FALSE, 'Percent', 1000, 1)
            """);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO promotions_redemptions ("DiscountCodeId", "OrderId", "Email", "Slot", "AmountMinor", "At") VALUES (61, 501, 'fan@example.com', 0, 1000, {0})
            """, Stored(Start));
        await db.Database.MigrateAsync();

        var sold = await db.Database.SqlQueryRaw<SoldRow>("""
            SELECT "OrderId", "Email", "Currency", "DiscountCode", "Cancelled", "NetSalesMinor" FROM marketing_sold_orders ORDER BY "OrderId"
            """).ToListAsync();
        Assert.Equal([new SoldRow(501, "Fan@Example.com", "EUR", "GIULIA10", false, null), new SoldRow(503, "gone@example.com", "EUR", null, true, null)], sold);
        var visitors = await db.Database.SqlQueryRaw<string>("""SELECT CAST("VisitorId" AS TEXT) AS "Value" FROM marketing_sold_orders WHERE "OrderId" = 501""").ToListAsync();
        Assert.Equal(visitor, Guid.Parse(Assert.Single(visitors)));
    }

    private sealed record SoldRow(long OrderId, string Email, string Currency, string? DiscountCode, bool Cancelled, long? NetSalesMinor);

    [Fact]
    public async Task DaysWithACancellation_AreRebuiltOnceCancellationsLeaveTheRefunds_WhereTheirEventsRemain()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        await MigrateToJustBeforeAsync(db, "AnalyticsCancellationsAndStreams");
        // 1 March had a cancellation and keeps its events; 2 March had one, but its events are past retention; 3 March had none.
        var (first, second, third) = (new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3));
        foreach (var (day, cancellations) in new[] { (first, 1), (second, 1), (third, 0) })
        {
            await InsertRollupAsync(db, day, cancellations);
        }

        foreach (var day in new[] { first, third })
        {
            await InsertEventAsync(db, day);
        }

        await MigrateThroughAsync(db, "AnalyticsCancellationsAndStreams");

        var days = await db.Database.SqlQueryRaw<DayVersion>("""SELECT "Day", "Version", "AggregatedVersion" FROM analytics_days ORDER BY "Day" """).ToListAsync();
        // Only the first is marked again; the second would lose its figures if rebuilt from events that are gone.
        Assert.Equal([new DayVersion(first, 4, 3), new DayVersion(third, 3, 3)], days);
    }

    [Fact]
    public async Task DaysCountedBeforeDistinctUsersAndNetSales_AreRebuilt_WhereTheirEventsRemain()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        await MigrateToJustBeforeAsync(db, "AnalyticsMeasurementTruth");
        // 1 March keeps its events; 2 March's are past retention.
        var (first, second) = (new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2));
        await InsertRollupAsync(db, first, cancellations: 0);
        await InsertRollupAsync(db, second, cancellations: 0);
        await InsertEventAsync(db, first);

        await MigrateThroughAsync(db, "AnalyticsMeasurementTruth");

        var days = await db.Database.SqlQueryRaw<DayVersion>("""SELECT "Day", "Version", "AggregatedVersion" FROM analytics_days ORDER BY "Day" """).ToListAsync();
        // The second keeps its counted users, which the reports add up and mark as estimated.
        Assert.Equal([new DayVersion(first, 4, 3)], days);
    }

    private static Task<int> InsertRollupAsync(VetrinaDbContext db, DateOnly day, int cancellations) => db.Database.ExecuteSqlRawAsync("""
        INSERT INTO analytics_daily ("Day", "Market", "Language", "Channel", "Device", "Sessions", "EngagedSessions", "Users", "NewUsers", "PurchaseUsers",
            "PageViews", "DurationSeconds", "ViewItemSessions", "CartSessions", "CheckoutSessions", "PaymentSessions", "PurchaseSessions",
            "CartPurchaseSessions", "CheckoutPurchaseSessions", "FunnelCarted", "FunnelCheckedOut", "FunnelPaying", "FunnelBought", "Orders",
            "Cancellations", "RevenueMinor", "RefundsMinor")
        VALUES ({0}, 'IT', 'it', 0, 1, 1, 1, 1, 1, 1, 1, 60, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, {1}, 10000, {2})
        """, day, cancellations, cancellations * 10000L);

    /// <summary>A raw event of the day, whose figures were last built at version 3.</summary>
    private async Task InsertEventAsync(VetrinaDbContext db, DateOnly day)
    {
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO analytics_events ("Day", "OccurredAt", "ReceivedAt", "VisitorId", "VisitorKind", "Name", "Device") VALUES ({0}, {1}, {1}, {2}, 0, 'page_view', 1)
            """, day, Stored(Start), Stored(Guid.NewGuid()));
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO analytics_days ("Day", "Version", "AggregatedVersion", "AutomatedSessions") VALUES ({0}, 3, 3, 0)
            """, day);
    }

    private sealed record DayVersion(DateOnly Day, long Version, long AggregatedVersion);

    private static async Task MigrateToJustBeforeAsync(VetrinaDbContext db, string migration)
    {
        var migrations = db.Database.GetMigrations().ToList();
        await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_" + migration, StringComparison.Ordinal)) - 1]);
    }

    private static Task MigrateThroughAsync(VetrinaDbContext db, string migration) =>
        db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_" + migration, StringComparison.Ordinal)));

    /// <summary>A value as the provider stores it (SQLite keeps times as numbers and ids as text).</summary>
    private object Stored(object value) => (options.Provider, value) switch
    {
        (DatabaseProvider.Sqlite, DateTimeOffset at) => new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!,
        (DatabaseProvider.Sqlite, Guid id) => id.ToString().ToUpperInvariant(),
        _ => value,
    };
}

public sealed class SqliteModuleMoveMigrationsTests : ModuleMoveMigrationsContract
{
    protected override (DatabaseOptions Options, Func<Task> Drop) CreateDatabase() => ScratchDatabase.Sqlite("upgrade");
}

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlModuleMoveMigrationsTests(PostgresAppFixture fixture) : ModuleMoveMigrationsContract
{
    protected override (DatabaseOptions Options, Func<Task> Drop) CreateDatabase() => ScratchDatabase.PostgreSql(fixture.ConnectionString, "upgrade");
}
