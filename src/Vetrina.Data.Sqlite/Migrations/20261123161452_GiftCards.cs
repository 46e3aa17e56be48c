using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GiftCards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "GiftCardMinor",
                table: "orders_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "promotions_gift_card_transactions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GiftCardId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotions_gift_card_transactions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "promotions_gift_cards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    InitialMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    BalanceMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotions_gift_cards", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_promotions_gift_card_transactions_GiftCardId",
                table: "promotions_gift_card_transactions",
                column: "GiftCardId");

            migrationBuilder.CreateIndex(
                name: "IX_promotions_gift_card_transactions_OrderId",
                table: "promotions_gift_card_transactions",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_promotions_gift_cards_Code",
                table: "promotions_gift_cards",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "promotions_gift_card_transactions");

            migrationBuilder.DropTable(
                name: "promotions_gift_cards");

            migrationBuilder.DropColumn(
                name: "GiftCardMinor",
                table: "orders_orders");
        }
    }
}
