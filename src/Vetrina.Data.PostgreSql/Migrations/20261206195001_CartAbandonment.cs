using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CartAbandonment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AbandonedAt",
                table: "cart_carts",
                type: "timestamp with time zone",
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
