using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    LocationCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CarrierCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PackedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PackedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ShippedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ShippedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderLineId = table.Column<long>(type: "INTEGER", nullable: false),
                    SkuId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false)
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
