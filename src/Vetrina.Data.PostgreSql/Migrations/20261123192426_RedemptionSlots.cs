using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RedemptionSlots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_promotions_redemptions_DiscountCodeId_Email",
                table: "promotions_redemptions");

            migrationBuilder.AddColumn<int>(
                name: "Slot",
                table: "promotions_redemptions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Uses made before slots existed take slots 1, 2... per code and customer, in the order they were made.
            migrationBuilder.Sql("""
                UPDATE promotions_redemptions SET "Slot" = (
                    SELECT COUNT(*) FROM promotions_redemptions earlier
                    WHERE earlier."DiscountCodeId" = promotions_redemptions."DiscountCodeId" AND earlier."Email" = promotions_redemptions."Email"
                      AND earlier."Id" <= promotions_redemptions."Id")
                WHERE "DiscountCodeId" IN (SELECT "Id" FROM promotions_discount_codes WHERE "UsagePerCustomer" IS NOT NULL)
                """);

            migrationBuilder.CreateIndex(
                name: "IX_promotions_redemptions_DiscountCodeId_Email_Slot",
                table: "promotions_redemptions",
                columns: new[] { "DiscountCodeId", "Email", "Slot" },
                unique: true,
                filter: "\"Slot\" > 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_promotions_redemptions_DiscountCodeId_Email_Slot",
                table: "promotions_redemptions");

            migrationBuilder.DropColumn(
                name: "Slot",
                table: "promotions_redemptions");

            migrationBuilder.CreateIndex(
                name: "IX_promotions_redemptions_DiscountCodeId_Email",
                table: "promotions_redemptions",
                columns: new[] { "DiscountCodeId", "Email" });
        }
    }
}
