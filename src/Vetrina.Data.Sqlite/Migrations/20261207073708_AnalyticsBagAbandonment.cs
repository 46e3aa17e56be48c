using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnalyticsBagAbandonment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CartPurchaseSessions",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "CheckoutPurchaseSessions",
                table: "analytics_daily_breakdowns");

            migrationBuilder.DropColumn(
                name: "CartPurchaseSessions",
                table: "analytics_daily");

            migrationBuilder.DropColumn(
                name: "CheckoutPurchaseSessions",
                table: "analytics_daily");

            migrationBuilder.AddColumn<string>(
                name: "CartId",
                table: "analytics_conversions",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "analytics_bags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CartId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Ordered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Market = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Channel = table.Column<byte>(type: "INTEGER", nullable: false),
                    Device = table.Column<byte>(type: "INTEGER", nullable: false),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_bags", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_conversions_CartId",
                table: "analytics_conversions",
                column: "CartId");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_bags_CartId_Stage",
                table: "analytics_bags",
                columns: new[] { "CartId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_analytics_bags_Day_Stage",
                table: "analytics_bags",
                columns: new[] { "Day", "Stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analytics_bags");

            migrationBuilder.DropIndex(
                name: "IX_analytics_conversions_CartId",
                table: "analytics_conversions");

            migrationBuilder.DropColumn(
                name: "CartId",
                table: "analytics_conversions");

            migrationBuilder.AddColumn<int>(
                name: "CartPurchaseSessions",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CheckoutPurchaseSessions",
                table: "analytics_daily_breakdowns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CartPurchaseSessions",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CheckoutPurchaseSessions",
                table: "analytics_daily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }
    }
}
