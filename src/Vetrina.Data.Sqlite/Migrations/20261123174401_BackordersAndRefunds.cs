using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BackordersAndRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ShipsAround",
                table: "orders_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BackorderLimit",
                table: "inventory_levels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpectedOn",
                table: "inventory_levels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TakesPreorders",
                table: "catalog_styles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "orders_refunds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ToCardMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    ToGiftCardMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_refunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_refunds_orders_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_orders_refunds_Key",
                table: "orders_refunds",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_refunds_OrderId",
                table: "orders_refunds",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders_refunds");

            migrationBuilder.DropColumn(
                name: "ShipsAround",
                table: "orders_lines");

            migrationBuilder.DropColumn(
                name: "BackorderLimit",
                table: "inventory_levels");

            migrationBuilder.DropColumn(
                name: "ExpectedOn",
                table: "inventory_levels");

            migrationBuilder.DropColumn(
                name: "TakesPreorders",
                table: "catalog_styles");
        }
    }
}
