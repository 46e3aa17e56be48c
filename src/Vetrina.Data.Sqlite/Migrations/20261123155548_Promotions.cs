using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Promotions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DiscountLabel",
                table: "orders_orders",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DiscountMinor",
                table: "orders_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "promotions_automatic",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MinimumQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    PercentBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Eligible = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameIt = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotions_automatic", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "promotions_discount_codes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PercentBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    MinimumSubtotalMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UsageLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    UsagePerCustomer = table.Column<int>(type: "INTEGER", nullable: true),
                    TimesUsed = table.Column<int>(type: "INTEGER", nullable: false),
                    Eligible = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CombinesWithAutomatic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotions_discount_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "promotions_redemptions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DiscountCodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotions_redemptions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_promotions_discount_codes_Code",
                table: "promotions_discount_codes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_promotions_redemptions_DiscountCodeId_Email",
                table: "promotions_redemptions",
                columns: new[] { "DiscountCodeId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_promotions_redemptions_OrderId",
                table: "promotions_redemptions",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "promotions_automatic");

            migrationBuilder.DropTable(
                name: "promotions_discount_codes");

            migrationBuilder.DropTable(
                name: "promotions_redemptions");

            migrationBuilder.DropColumn(
                name: "DiscountLabel",
                table: "orders_orders");

            migrationBuilder.DropColumn(
                name: "DiscountMinor",
                table: "orders_orders");
        }
    }
}
