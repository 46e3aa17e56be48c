using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Withdrawals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "orders_withdrawals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    OrderNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    WholeOrder = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_withdrawals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_withdrawals_orders_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "orders_withdrawal_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WithdrawalId = table.Column<long>(type: "bigint", nullable: false),
                    OrderLineId = table.Column<long>(type: "bigint", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_withdrawal_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_withdrawal_lines_orders_withdrawals_WithdrawalId",
                        column: x => x.WithdrawalId,
                        principalTable: "orders_withdrawals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_orders_withdrawal_lines_WithdrawalId",
                table: "orders_withdrawal_lines",
                column: "WithdrawalId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_withdrawals_Key",
                table: "orders_withdrawals",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_withdrawals_OrderId",
                table: "orders_withdrawals",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_withdrawals_Sequence",
                table: "orders_withdrawals",
                column: "Sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders_withdrawal_lines");

            migrationBuilder.DropTable(
                name: "orders_withdrawals");
        }
    }
}
