using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SharedWorkQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "DueAt",
                table: "webhooks_deliveries",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimToken",
                table: "webhooks_deliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeadLetteredAt",
                table: "webhooks_deliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "DueAt",
                table: "messaging_outbox",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimToken",
                table: "messaging_outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeadLetteredAt",
                table: "messaging_outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeadLetteredAt",
                table: "email_sends",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClaimToken",
                table: "webhooks_deliveries");

            migrationBuilder.DropColumn(
                name: "DeadLetteredAt",
                table: "webhooks_deliveries");

            migrationBuilder.DropColumn(
                name: "ClaimToken",
                table: "messaging_outbox");

            migrationBuilder.DropColumn(
                name: "DeadLetteredAt",
                table: "messaging_outbox");

            migrationBuilder.DropColumn(
                name: "DeadLetteredAt",
                table: "email_sends");

            migrationBuilder.AlterColumn<long>(
                name: "DueAt",
                table: "webhooks_deliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "DueAt",
                table: "messaging_outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
