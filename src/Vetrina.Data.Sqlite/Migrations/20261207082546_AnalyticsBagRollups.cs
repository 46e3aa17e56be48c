using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnalyticsBagRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Bags",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "BagsOrdered",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Checkouts",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CheckoutsOrdered",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Bags",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "BagsOrdered",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Checkouts",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CheckoutsOrdered",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Bags",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "BagsOrdered",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "Checkouts",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "CheckoutsOrdered",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "Bags",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "BagsOrdered",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "Checkouts",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "CheckoutsOrdered",
                table: "analytics_daily");
        }
    }
}
