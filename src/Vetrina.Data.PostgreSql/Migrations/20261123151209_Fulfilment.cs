using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Fulfilment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "orders_shipments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    LocationCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CarrierCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    TrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PackedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PackedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ShippedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ShippedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_shipments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_shipments_orders_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_shipment_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShipmentId = table.Column<long>(type: "bigint", nullable: false),
                    OrderLineId = table.Column<long>(type: "bigint", nullable: false),
                    SkuId = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_shipment_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_shipment_lines_orders_shipments_ShipmentId",
                        column: x => x.ShipmentId,
                        principalTable: "orders_shipments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_orders_shipment_lines_OrderLineId",
                table: "orders_shipment_lines",
                column: "OrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_shipment_lines_ShipmentId",
                table: "orders_shipment_lines",
                column: "ShipmentId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_shipments_OrderId",
                table: "orders_shipments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_shipments_Status_LocationCode",
                table: "orders_shipments",
                columns: new[] { "Status", "LocationCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders_shipment_lines");

            migrationBuilder.DropTable(
                name: "orders_shipments");
        }
    }
}
