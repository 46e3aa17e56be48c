using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "analytics_bags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CartId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Ordered = table.Column<bool>(type: "boolean", nullable: false),
                    Market = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Channel = table.Column<byte>(type: "smallint", nullable: false),
                    Device = table.Column<byte>(type: "smallint", nullable: false),
                    Campaign = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CheckoutPurchaseSessions",
                table: "analytics_daily_breakdowns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CartPurchaseSessions",
                table: "analytics_daily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CheckoutPurchaseSessions",
                table: "analytics_daily",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }
    }
}
