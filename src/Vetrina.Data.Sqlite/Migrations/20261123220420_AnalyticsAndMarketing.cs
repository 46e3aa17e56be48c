using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnalyticsAndMarketing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "VisitorId",
                table: "orders_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<byte>(
                name: "VisitorKind",
                table: "orders_orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "analytics_ad_spend",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Network = table.Column<byte>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Impressions = table.Column<long>(type: "INTEGER", nullable: false),
                    Clicks = table.Column<long>(type: "INTEGER", nullable: false),
                    CostMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ImportId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_ad_spend", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analytics_ad_spend_imports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Network = table.Column<byte>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_ad_spend_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analytics_conversions",
                columns: table => new
                {
                    TransactionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    VisitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Market = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Channel = table.Column<byte>(type: "INTEGER", nullable: false),
                    Device = table.Column<byte>(type: "INTEGER", nullable: false),
                    SourceMedium = table.Column<string>(type: "TEXT", maxLength: 203, nullable: true),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Landing = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ValueMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    RevenueMinor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_conversions", x => x.TransactionId);
                });

            migrationBuilder.CreateTable(
                name: "analytics_daily",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Market = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Channel = table.Column<byte>(type: "INTEGER", nullable: false),
                    Device = table.Column<byte>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    EngagedSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false),
                    NewUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    PurchaseUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    PageViews = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    ViewItemSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    CartSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckoutSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    PurchaseSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    CartPurchaseSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckoutPurchaseSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    FunnelCarted = table.Column<int>(type: "INTEGER", nullable: false),
                    FunnelCheckedOut = table.Column<int>(type: "INTEGER", nullable: false),
                    FunnelPaying = table.Column<int>(type: "INTEGER", nullable: false),
                    FunnelBought = table.Column<int>(type: "INTEGER", nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    Cancellations = table.Column<int>(type: "INTEGER", nullable: false),
                    RevenueMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundsMinor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_daily", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analytics_daily_breakdowns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Market = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Dimension = table.Column<byte>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    EngagedSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false),
                    NewUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    PurchaseUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    PageViews = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    ViewItemSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    CartSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckoutSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    PurchaseSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    CartPurchaseSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckoutPurchaseSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    FunnelCarted = table.Column<int>(type: "INTEGER", nullable: false),
                    FunnelCheckedOut = table.Column<int>(type: "INTEGER", nullable: false),
                    FunnelPaying = table.Column<int>(type: "INTEGER", nullable: false),
                    FunnelBought = table.Column<int>(type: "INTEGER", nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    Cancellations = table.Column<int>(type: "INTEGER", nullable: false),
                    RevenueMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundsMinor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_daily_breakdowns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analytics_daily_products",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Market = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Views = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedUnits = table.Column<int>(type: "INTEGER", nullable: false),
                    SoldUnits = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnedUnits = table.Column<int>(type: "INTEGER", nullable: false),
                    RevenueMinor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_daily_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analytics_days",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    AggregatedVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    AggregatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AutomatedSessions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_days", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "analytics_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    VisitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitorKind = table.Column<byte>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Page = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Referrer = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Medium = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Term = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClickId = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Device = table.Column<byte>(type: "INTEGER", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Market = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    TransactionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ValueMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    EngagementMs = table.Column<int>(type: "INTEGER", nullable: true),
                    Items = table.Column<string>(type: "TEXT", nullable: true),
                    Params = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analytics_exchange_rates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PerReportingUnit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_exchange_rates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analytics_refunds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TransactionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RevenueMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Market = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ValueMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_refunds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analytics_salts",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Salt = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_salts", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "analytics_sessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VisitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitorKind = table.Column<byte>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Landing = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Channel = table.Column<byte>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Medium = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Device = table.Column<byte>(type: "INTEGER", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Market = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    PageViews = table.Column<int>(type: "INTEGER", nullable: false),
                    Events = table.Column<int>(type: "INTEGER", nullable: false),
                    Engaged = table.Column<bool>(type: "INTEGER", nullable: false),
                    NewUser = table.Column<bool>(type: "INTEGER", nullable: false),
                    Steps = table.Column<byte>(type: "INTEGER", nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    RevenueMinor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analytics_visitors",
                columns: table => new
                {
                    VisitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_visitors", x => x.VisitorId);
                });

            migrationBuilder.CreateTable(
                name: "catalog_redirects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Permanent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_redirects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marketing_campaigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channels = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BudgetMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marketing_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CampaignId = table.Column<long>(type: "INTEGER", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Medium = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Clicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_links", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_ad_spend_Day",
                table: "analytics_ad_spend",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_ad_spend_Network_Day_Campaign",
                table: "analytics_ad_spend",
                columns: new[] { "Network", "Day", "Campaign" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_analytics_ad_spend_imports_Hash",
                table: "analytics_ad_spend_imports",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_analytics_conversions_Day",
                table: "analytics_conversions",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_conversions_UserId",
                table: "analytics_conversions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_daily_Day_Market_Language_Channel_Device",
                table: "analytics_daily",
                columns: new[] { "Day", "Market", "Language", "Channel", "Device" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_analytics_daily_breakdowns_Dimension_Day_Market_Value",
                table: "analytics_daily_breakdowns",
                columns: new[] { "Dimension", "Day", "Market", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_analytics_daily_products_Day_Market_ItemId_Size",
                table: "analytics_daily_products",
                columns: new[] { "Day", "Market", "ItemId", "Size" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_analytics_events_Day_VisitorId_OccurredAt",
                table: "analytics_events",
                columns: new[] { "Day", "VisitorId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_events_TransactionId",
                table: "analytics_events",
                column: "TransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_exchange_rates_Currency_ValidFrom",
                table: "analytics_exchange_rates",
                columns: new[] { "Currency", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_analytics_refunds_Day",
                table: "analytics_refunds",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_refunds_UserId",
                table: "analytics_refunds",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_sessions_Day",
                table: "analytics_sessions",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_sessions_VisitorId_StartedAt",
                table: "analytics_sessions",
                columns: new[] { "VisitorId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_redirects_From",
                table: "catalog_redirects",
                column: "From",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marketing_campaigns_Name",
                table: "marketing_campaigns",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marketing_links_CampaignId",
                table: "marketing_links",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_marketing_links_Code",
                table: "marketing_links",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analytics_ad_spend");

            migrationBuilder.DropTable(
                name: "analytics_ad_spend_imports");

            migrationBuilder.DropTable(
                name: "analytics_conversions");

            migrationBuilder.DropTable(
                name: "analytics_daily");

            migrationBuilder.DropTable(
                name: "analytics_daily_breakdowns");

            migrationBuilder.DropTable(
                name: "analytics_daily_products");

            migrationBuilder.DropTable(
                name: "analytics_days");

            migrationBuilder.DropTable(
                name: "analytics_events");

            migrationBuilder.DropTable(
                name: "analytics_exchange_rates");

            migrationBuilder.DropTable(
                name: "analytics_refunds");

            migrationBuilder.DropTable(
                name: "analytics_salts");

            migrationBuilder.DropTable(
                name: "analytics_sessions");

            migrationBuilder.DropTable(
                name: "analytics_visitors");

            migrationBuilder.DropTable(
                name: "catalog_redirects");

            migrationBuilder.DropTable(
                name: "marketing_campaigns");

            migrationBuilder.DropTable(
                name: "marketing_links");

            migrationBuilder.DropColumn(
                name: "VisitorId",
                table: "orders_orders");

            migrationBuilder.DropColumn(
                name: "VisitorKind",
                table: "orders_orders");
        }
    }
}
