using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HelpdeskTagsMergesPresence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "MergedIntoId",
                table: "helpdesk_tickets",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tags",
                table: "helpdesk_tickets",
                type: "character varying(331)",
                maxLength: 331,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "helpdesk_presence",
                columns: table => new
                {
                    TicketId = table.Column<long>(type: "bigint", nullable: false),
                    Agent = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Replying = table.Column<bool>(type: "boolean", nullable: false),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpdesk_presence", x => new { x.TicketId, x.Agent });
                    table.ForeignKey(
                        name: "FK_helpdesk_presence_helpdesk_tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "helpdesk_tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "helpdesk_presence");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "Tags",
                table: "helpdesk_tickets");
        }
    }
}
