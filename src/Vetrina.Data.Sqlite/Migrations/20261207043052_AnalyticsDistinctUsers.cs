using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnalyticsDistinctUsers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Buyers",
                table: "analytics_daily_breakdowns",
                type: "BLOB",
                nullable: true);

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

            migrationBuilder.AddColumn<byte[]>(
                name: "Visitors",
                table: "analytics_daily",
                type: "BLOB",
                nullable: true);

            // Rows built before distinct counting have no visitors to merge: their days are rebuilt from their events by the
            // aggregation job. Days whose raw events are past retention keep their counts, which the reports add up and mark as estimated.
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
                name: "Buyers",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "Visitors",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "Buyers",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "Visitors",
                table: "analytics_daily");
        }
    }
}
