using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CartAbandonment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AbandonedAt",
                table: "cart_carts",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AbandonedAt",
                table: "cart_carts");
        }
    }
}
