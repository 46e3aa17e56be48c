using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnalyticsCancellationsAndStreams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CancelledMinor",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "CancelledMinor",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Cancellations used to count as refunds: the days that had one are rebuilt from their events by the aggregation
            // job. Days whose raw events are past retention keep their figures (their cancellations stay among refunds).
            migrationBuilder.Sql("""
                INSERT INTO analytics_days ("Day", "Version", "AggregatedVersion", "AutomatedSessions")
                SELECT DISTINCT d."Day", 1, 0, 0 FROM analytics_daily d
                WHERE d."Cancellations" > 0 AND EXISTS (SELECT 1 FROM analytics_events e WHERE e."Day" = d."Day")
                ON CONFLICT ("Day") DO UPDATE SET "Version" = analytics_days."Version" + 1
                """);

            migrationBuilder.CreateTable(
                name: "analytics_streams",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_streams", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_streams_SecretHash",
                table: "analytics_streams",
                column: "SecretHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analytics_streams");

            migrationBuilder.DropColumn(
                name: "CancelledMinor",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "CancelledMinor",
                table: "analytics_daily");
        }
    }
}
