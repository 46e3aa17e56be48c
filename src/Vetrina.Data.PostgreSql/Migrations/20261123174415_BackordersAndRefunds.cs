using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BackorderLimit",
                table: "inventory_levels",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpectedOn",
                table: "inventory_levels",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TakesPreorders",
                table: "catalog_styles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "orders_refunds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ToCardMinor = table.Column<long>(type: "bigint", nullable: false),
                    ToGiftCardMinor = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
