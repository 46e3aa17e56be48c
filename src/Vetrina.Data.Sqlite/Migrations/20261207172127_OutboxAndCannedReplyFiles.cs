using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutboxAndCannedReplyFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "helpdesk_canned_reply_files",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CannedReplyId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_helpdesk_canned_reply_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_helpdesk_canned_reply_files_helpdesk_canned_replies_CannedReplyId",
                        column: x => x.CannedReplyId,
                        principalTable: "helpdesk_canned_replies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "messaging_outbox_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutboxMessageId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_outbox_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_messaging_outbox_attachments_messaging_outbox_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "messaging_outbox",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_helpdesk_canned_reply_files_CannedReplyId",
                table: "helpdesk_canned_reply_files",
                column: "CannedReplyId");

            migrationBuilder.CreateIndex(
                name: "IX_messaging_outbox_attachments_OutboxMessageId",
                table: "messaging_outbox_attachments",
                column: "OutboxMessageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "helpdesk_canned_reply_files");

            migrationBuilder.DropTable(
                name: "messaging_outbox_attachments");
        }
    }
}
