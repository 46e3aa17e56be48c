using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OrderStockReference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StockReference",
                table: "orders_orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Orders placed before holds came first kept their stock under "order:<id>".
            migrationBuilder.Sql("UPDATE orders_orders SET \"StockReference\" = 'order:' || \"Id\"");

            migrationBuilder.CreateIndex(
                name: "IX_orders_orders_StockReference",
                table: "orders_orders",
                column: "StockReference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_orders_StockReference",
                table: "orders_orders");

            migrationBuilder.DropColumn(
                name: "StockReference",
                table: "orders_orders");
        }
    }
}
