using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tags",
                table: "helpdesk_tickets",
                type: "TEXT",
                maxLength: 331,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "helpdesk_presence",
                columns: table => new
                {
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    Agent = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Replying = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false)
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
