using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HelpdeskSearchAndMailHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Indexed",
                table: "helpdesk_messages",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "helpdesk_search_terms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TicketId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpdesk_search_terms", x => new { x.Term, x.TicketId });
                    table.ForeignKey(
                        name: "FK_helpdesk_search_terms_helpdesk_tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "helpdesk_tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_outbox_Recipient",
                table: "messaging_outbox",
                column: "Recipient");

            migrationBuilder.CreateIndex(
                name: "IX_helpdesk_messages_Indexed_Id",
                table: "helpdesk_messages",
                columns: new[] { "Indexed", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_helpdesk_search_terms_TicketId",
                table: "helpdesk_search_terms",
                column: "TicketId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "helpdesk_search_terms");

            migrationBuilder.DropIndex(
                name: "IX_messaging_outbox_Recipient",
                table: "messaging_outbox");

            migrationBuilder.DropIndex(
                name: "IX_helpdesk_messages_Indexed_Id",
                table: "helpdesk_messages");

            migrationBuilder.DropColumn(
                name: "Indexed",
                table: "helpdesk_messages");
        }
    }
}
