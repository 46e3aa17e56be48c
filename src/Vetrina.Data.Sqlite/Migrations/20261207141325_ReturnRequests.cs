using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReturnRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "orders_return_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AccessKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Store = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ShippingFeeMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WithdrawalSequence = table.Column<long>(type: "INTEGER", nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OrderReturnId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefundedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExchangeReference = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ExchangeShippedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExchangeCarrier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ExchangeTracking = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreditCardEnding = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_return_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_return_requests_orders_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_orders_return_requests_orders_returns_OrderReturnId",
                        column: x => x.OrderReturnId,
                        principalTable: "orders_returns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "orders_return_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReturnRequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_return_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_return_photos_orders_return_requests_ReturnRequestId",
                        column: x => x.ReturnRequestId,
                        principalTable: "orders_return_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_return_request_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReturnRequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderLineId = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExchangeSkuId = table.Column<int>(type: "INTEGER", nullable: true),
                    ExchangeFor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_return_request_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_return_request_lines_orders_return_requests_ReturnRequestId",
                        column: x => x.ReturnRequestId,
                        principalTable: "orders_return_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_orders_return_photos_ReturnRequestId",
                table: "orders_return_photos",
                column: "ReturnRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_return_request_lines_OrderLineId",
                table: "orders_return_request_lines",
                column: "OrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_return_request_lines_ReturnRequestId",
                table: "orders_return_request_lines",
                column: "ReturnRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_return_requests_ExchangeReference",
                table: "orders_return_requests",
                column: "ExchangeReference");

            migrationBuilder.CreateIndex(
                name: "IX_orders_return_requests_Key",
                table: "orders_return_requests",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_return_requests_Number",
                table: "orders_return_requests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_return_requests_OrderId_Sequence",
                table: "orders_return_requests",
                columns: new[] { "OrderId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_return_requests_OrderReturnId",
                table: "orders_return_requests",
                column: "OrderReturnId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_return_requests_Stage",
                table: "orders_return_requests",
                column: "Stage");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders_return_photos");

            migrationBuilder.DropTable(
                name: "orders_return_request_lines");

            migrationBuilder.DropTable(
                name: "orders_return_requests");
        }
    }
}
