using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnalyticsMeasurementTruth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NetSalesMinor",
                table: "analytics_refunds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "CampaignId",
                table: "analytics_events",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClickKey",
                table: "analytics_events",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Buyers",
                table: "analytics_daily_breakdowns",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DiscountsMinor",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "GrossSalesMinor",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReturnsMinor",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ShippingMinor",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TaxMinor",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<byte[]>(
                name: "Visitors",
                table: "analytics_daily_breakdowns",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Buyers",
                table: "analytics_daily",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DiscountsMinor",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "GrossSalesMinor",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReturnsMinor",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ShippingMinor",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TaxMinor",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<byte[]>(
                name: "Visitors",
                table: "analytics_daily",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DiscountsMinor",
                table: "analytics_conversions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "NetSalesMinor",
                table: "analytics_conversions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TaxMinor",
                table: "analytics_conversions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "CampaignId",
                table: "analytics_ad_spend",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "analytics_ad_clicks",
                columns: table => new
                {
                    ClickKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_ad_clicks", x => x.ClickKey);
                });

            migrationBuilder.CreateTable(
                name: "analytics_daily_reach",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Grouping = table.Column<byte>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false),
                    PurchaseUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    Visitors = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Buyers = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_daily_reach", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analytics_monthly_reach",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Grouping = table.Column<byte>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false),
                    PurchaseUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    Visitors = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Buyers = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_monthly_reach", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_daily_Day_WithoutVisitors",
                table: "analytics_daily",
                column: "Day",
                filter: "\"Visitors\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_ad_spend_CampaignId",
                table: "analytics_ad_spend",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_daily_reach_Grouping_Day_Value",
                table: "analytics_daily_reach",
                columns: new[] { "Grouping", "Day", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_analytics_monthly_reach_Grouping_Month_Value",
                table: "analytics_monthly_reach",
                columns: new[] { "Grouping", "Month", "Value" },
                unique: true);

            // Rows built before distinct counting and sales without VAT have no visitors to merge and no VAT taken out: their
            // days are rebuilt from their events by the aggregation job. Days whose raw events are past retention keep their
            // figures: their users are added up (and marked as estimated), their sales keep VAT and shipping.
            migrationBuilder.Sql("""
                INSERT INTO analytics_days ("Day", "Version", "AggregatedVersion", "AutomatedSessions")
                SELECT DISTINCT d."Day", 1, 0, 0 FROM analytics_daily d
                WHERE EXISTS (SELECT 1 FROM analytics_events e WHERE e."Day" = d."Day")
                ON CONFLICT ("Day") DO UPDATE SET "Version" = analytics_days."Version" + 1
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analytics_ad_clicks");

            migrationBuilder.DropTable(
                name: "analytics_daily_reach");

            migrationBuilder.DropTable(
                name: "analytics_monthly_reach");

            migrationBuilder.DropIndex(
                name: "IX_analytics_daily_Day_WithoutVisitors",
                table: "analytics_daily");

            migrationBuilder.DropIndex(
                name: "IX_analytics_ad_spend_CampaignId",
                table: "analytics_ad_spend");

            migrationBuilder.DropColumn(
                name: "NetSalesMinor",
                table: "analytics_refunds");

            migrationBuilder.DropColumn(
                name: "CampaignId",
                table: "analytics_events");

            migrationBuilder.DropColumn(
                name: "ClickKey",
                table: "analytics_events");

            migrationBuilder.DropColumn(
                name: "Buyers",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "DiscountsMinor",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "GrossSalesMinor",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "ReturnsMinor",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "ShippingMinor",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "TaxMinor",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "Visitors",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "Buyers",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "DiscountsMinor",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "GrossSalesMinor",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "ReturnsMinor",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "ShippingMinor",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "TaxMinor",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "Visitors",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "DiscountsMinor",
                table: "analytics_conversions");

            migrationBuilder.DropColumn(
                name: "NetSalesMinor",
                table: "analytics_conversions");

            migrationBuilder.DropColumn(
                name: "TaxMinor",
                table: "analytics_conversions");

            migrationBuilder.DropColumn(
                name: "CampaignId",
                table: "analytics_ad_spend");
        }
    }
}
