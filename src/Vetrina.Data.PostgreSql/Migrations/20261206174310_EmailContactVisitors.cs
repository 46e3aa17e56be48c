using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class EmailContactVisitors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "email_contact_visitors",
                columns: table => new
                {
                    VisitorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_contact_visitors", x => new { x.VisitorId, x.Email });
                });

            // Flows recognise a browser by the orders placed from it: every order so far with a visitor gives its address.
            migrationBuilder.Sql("""
                INSERT INTO email_contact_visitors ("VisitorId", "Email", "LastSeenAt")
                SELECT "VisitorId", lower(trim("Email")), max("PlacedAt") FROM orders_orders
                WHERE "VisitorId" IS NOT NULL
                GROUP BY "VisitorId", lower(trim("Email"))
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "email_contact_visitors");
        }
    }
}
