using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnalyticsPendingEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Pending",
                table: "analytics_events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Incremental",
                table: "analytics_days",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_analytics_events_Pending",
                table: "analytics_events",
                columns: new[] { "Day", "VisitorId" },
                filter: "\"Pending\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_analytics_events_Pending",
                table: "analytics_events");

            migrationBuilder.DropColumn(
                name: "Pending",
                table: "analytics_events");

            migrationBuilder.DropColumn(
                name: "Incremental",
                table: "analytics_days");
        }
    }
}
