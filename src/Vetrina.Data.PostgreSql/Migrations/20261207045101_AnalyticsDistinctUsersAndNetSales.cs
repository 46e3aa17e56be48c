using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AnalyticsDistinctUsersAndNetSales : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NetSalesMinor",
                table: "analytics_refunds",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<byte[]>(
                name: "Buyers",
                table: "analytics_daily_breakdowns",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DiscountsMinor",
                table: "analytics_daily_breakdowns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "GrossSalesMinor",
                table: "analytics_daily_breakdowns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReturnsMinor",
                table: "analytics_daily_breakdowns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ShippingMinor",
                table: "analytics_daily_breakdowns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TaxMinor",
                table: "analytics_daily_breakdowns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<byte[]>(
                name: "Visitors",
                table: "analytics_daily_breakdowns",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Buyers",
                table: "analytics_daily",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DiscountsMinor",
                table: "analytics_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "GrossSalesMinor",
                table: "analytics_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReturnsMinor",
                table: "analytics_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ShippingMinor",
                table: "analytics_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TaxMinor",
                table: "analytics_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<byte[]>(
                name: "Visitors",
                table: "analytics_daily",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DiscountsMinor",
                table: "analytics_conversions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "NetSalesMinor",
                table: "analytics_conversions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TaxMinor",
                table: "analytics_conversions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

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
            migrationBuilder.DropColumn(
                name: "NetSalesMinor",
                table: "analytics_refunds");

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
        }
    }
}
