using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CustomerCarts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CustomerId",
                table: "cart_carts",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_cart_carts_CustomerId",
                table: "cart_carts",
                column: "CustomerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cart_carts_CustomerId",
                table: "cart_carts");

            migrationBuilder.DropColumn(
                name: "CustomerId",
                table: "cart_carts");
        }
    }
}
