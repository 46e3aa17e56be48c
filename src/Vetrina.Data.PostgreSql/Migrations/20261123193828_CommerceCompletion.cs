using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CommerceCompletion : Migration
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

            migrationBuilder.AddColumn<int>(
                name: "ReturnedQuantity",
                table: "orders_lines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ShipsAround",
                table: "orders_lines",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BackorderLimit",
                table: "inventory_levels",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpectedOn",
                table: "inventory_levels",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TakesPreorders",
                table: "catalog_styles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "orders_refunds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ToCardMinor = table.Column<long>(type: "bigint", nullable: false),
                    ToGiftCardMinor = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_refunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_refunds_orders_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_returns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LocationCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Restocked = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_returns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_returns_orders_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_saved_addresses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CustomerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    PostalCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Region = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_saved_addresses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VisitorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Analytics = table.Column<bool>(type: "boolean", nullable: false),
                    Marketing = table.Column<bool>(type: "boolean", nullable: false),
                    GlobalPrivacyControl = table.Column<bool>(type: "boolean", nullable: false),
                    PolicyVersion = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_return_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderReturnId = table.Column<long>(type: "bigint", nullable: false),
                    OrderLineId = table.Column<long>(type: "bigint", nullable: false),
                    SkuId = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_return_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_return_lines_orders_returns_OrderReturnId",
                        column: x => x.OrderReturnId,
                        principalTable: "orders_returns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_orders_refunds_Key",
                table: "orders_refunds",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_refunds_OrderId",
                table: "orders_refunds",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_return_lines_OrderLineId",
                table: "orders_return_lines",
                column: "OrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_return_lines_OrderReturnId",
                table: "orders_return_lines",
                column: "OrderReturnId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_returns_Key",
                table: "orders_returns",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_returns_OrderId",
                table: "orders_returns",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_saved_addresses_CustomerId",
                table: "orders_saved_addresses",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_consents_At",
                table: "privacy_consents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_consents_VisitorId",
                table: "privacy_consents",
                column: "VisitorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders_refunds");

            migrationBuilder.DropTable(
                name: "orders_return_lines");

            migrationBuilder.DropTable(
                name: "orders_saved_addresses");

            migrationBuilder.DropTable(
                name: "privacy_consents");

            migrationBuilder.DropTable(
                name: "orders_returns");

            migrationBuilder.DropIndex(
                name: "IX_promotions_redemptions_DiscountCodeId_Email_Slot",
                table: "promotions_redemptions");

            migrationBuilder.DropColumn(
                name: "Slot",
                table: "promotions_redemptions");

            migrationBuilder.DropColumn(
                name: "ReturnedQuantity",
                table: "orders_lines");

            migrationBuilder.DropColumn(
                name: "ShipsAround",
                table: "orders_lines");

            migrationBuilder.DropColumn(
                name: "BackorderLimit",
                table: "inventory_levels");

            migrationBuilder.DropColumn(
                name: "ExpectedOn",
                table: "inventory_levels");

            migrationBuilder.DropColumn(
                name: "TakesPreorders",
                table: "catalog_styles");

            migrationBuilder.CreateIndex(
                name: "IX_promotions_redemptions_DiscountCodeId_Email",
                table: "promotions_redemptions",
                columns: new[] { "DiscountCodeId", "Email" });
        }
    }
}
