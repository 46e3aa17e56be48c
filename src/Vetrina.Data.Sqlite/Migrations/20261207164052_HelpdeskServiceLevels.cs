using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HelpdeskServiceLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DueAt",
                table: "helpdesk_tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FirstResponseSeconds",
                table: "helpdesk_tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FirstResponseTargetSeconds",
                table: "helpdesk_tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Market",
                table: "helpdesk_tickets",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "RatedAt",
                table: "helpdesk_tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ResolutionSeconds",
                table: "helpdesk_tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ResolutionTargetSeconds",
                table: "helpdesk_tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "Satisfaction",
                table: "helpdesk_tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SatisfactionComment",
                table: "helpdesk_tickets",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SlaPausedAt",
                table: "helpdesk_tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SlaPausedSeconds",
                table: "helpdesk_tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "SurveyedAt",
                table: "helpdesk_tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_helpdesk_tickets_DueAt",
                table: "helpdesk_tickets",
                column: "DueAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_helpdesk_tickets_DueAt",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "DueAt",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "FirstResponseSeconds",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "FirstResponseTargetSeconds",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "Market",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "RatedAt",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "ResolutionSeconds",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "ResolutionTargetSeconds",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "Satisfaction",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "SatisfactionComment",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "SlaPausedAt",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "SlaPausedSeconds",
                table: "helpdesk_tickets");

            migrationBuilder.DropColumn(
                name: "SurveyedAt",
                table: "helpdesk_tickets");
        }
    }
}
