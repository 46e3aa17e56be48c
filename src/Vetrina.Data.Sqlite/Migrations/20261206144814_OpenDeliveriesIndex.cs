using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpenDeliveriesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_event_deliveries_Handler_Stream_Id",
                table: "platform_event_deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_platform_event_deliveries_Handler_Stream_Id",
                table: "platform_event_deliveries",
                columns: new[] { "Handler", "Stream", "Id" },
                filter: "\"FinishedAt\" IS NULL AND \"DeadLetteredAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_event_deliveries_Handler_Stream_Id",
                table: "platform_event_deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_platform_event_deliveries_Handler_Stream_Id",
                table: "platform_event_deliveries",
                columns: new[] { "Handler", "Stream", "Id" });
        }
    }
}
