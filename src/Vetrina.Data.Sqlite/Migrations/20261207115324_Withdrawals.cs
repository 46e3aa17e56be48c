using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    WholeOrder = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WithdrawalId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderLineId = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
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
