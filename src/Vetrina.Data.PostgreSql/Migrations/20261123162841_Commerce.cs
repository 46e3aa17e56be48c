using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Commerce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "messaging_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Recipient = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "text", nullable: false),
                    HtmlBody = table.Column<string>(type: "text", nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    CustomerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TextVersion = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrderId = table.Column<long>(type: "bigint", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_idempotency_keys",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_idempotency_keys", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "orders_orders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccessKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Market = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    CustomerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ShippingMethodCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ShippingMethodName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PickupLocationCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    SubtotalMinor = table.Column<long>(type: "bigint", nullable: false),
                    ShippingMinor = table.Column<long>(type: "bigint", nullable: false),
                    ShippingVatMinor = table.Column<long>(type: "bigint", nullable: false),
                    DiscountMinor = table.Column<long>(type: "bigint", nullable: false),
                    GiftCardMinor = table.Column<long>(type: "bigint", nullable: false),
                    DiscountLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TotalMinor = table.Column<long>(type: "bigint", nullable: false),
                    VatMinor = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PlacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PaymentDueBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MarketingConsent = table.Column<bool>(type: "boolean", nullable: false),
                    CartId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    StockReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BillCity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BillCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    BillLine1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BillLine2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BillName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BillPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    BillPostalCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    BillRegion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ShipCity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ShipCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ShipLine1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ShipLine2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ShipName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ShipPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ShipPostalCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ShipRegion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_shipping_methods",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PriceMinor = table.Column<long>(type: "bigint", nullable: false),
                    FreeOverMinor = table.Column<long>(type: "bigint", nullable: true),
                    PickupLocationCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    EstimateEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EstimateIt = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EstimateKo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameIt = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NameKo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_shipping_methods", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "payments_stripe_events",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_stripe_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_test_network_charges",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Last4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReturnUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DeclineCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CapturedMinor = table.Column<long>(type: "bigint", nullable: false),
                    RefundedMinor = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_test_network_charges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_test_network_operations",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChargeId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_test_network_operations", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "promotions_automatic",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MinimumQuantity = table.Column<int>(type: "integer", nullable: false),
                    PercentBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Eligible = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameIt = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NameKo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotions_automatic", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "promotions_discount_codes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PercentBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    MinimumSubtotalMinor = table.Column<long>(type: "bigint", nullable: true),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UsageLimit = table.Column<int>(type: "integer", nullable: true),
                    UsagePerCustomer = table.Column<int>(type: "integer", nullable: true),
                    TimesUsed = table.Column<int>(type: "integer", nullable: false),
                    Eligible = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CombinesWithAutomatic = table.Column<bool>(type: "boolean", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotions_discount_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "promotions_gift_card_transactions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GiftCardId = table.Column<int>(type: "integer", nullable: false),
                    OrderId = table.Column<long>(type: "bigint", nullable: true),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotions_gift_card_transactions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "promotions_gift_cards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    InitialMinor = table.Column<long>(type: "bigint", nullable: false),
                    BalanceMinor = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotions_gift_cards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "promotions_redemptions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DiscountCodeId = table.Column<int>(type: "integer", nullable: false),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promotions_redemptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "webhooks_endpoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Secret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Events = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhooks_endpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    SkuId = table.Column<int>(type: "integer", nullable: false),
                    SkuCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StyleCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Colour = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    UnitPriceMinor = table.Column<long>(type: "bigint", nullable: false),
                    VatBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    VatMinor = table.Column<long>(type: "bigint", nullable: false),
                    ShippedQuantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_lines_orders_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    ActionUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DeclineCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CapturedMinor = table.Column<long>(type: "bigint", nullable: false),
                    RefundedMinor = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_payments_orders_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "orders_transitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: true),
                    To = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_transitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_transitions_orders_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhooks_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EndpointId = table.Column<int>(type: "integer", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastStatus = table.Column<int>(type: "integer", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhooks_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_webhooks_deliveries_webhooks_endpoints_EndpointId",
                        column: x => x.EndpointId,
                        principalTable: "webhooks_endpoints",
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
                name: "IX_messaging_outbox_Reference",
                table: "messaging_outbox",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messaging_outbox_SentAt_DueAt",
                table: "messaging_outbox",
                columns: new[] { "SentAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_consents_Email",
                table: "orders_consents",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_orders_idempotency_keys_CreatedAt",
                table: "orders_idempotency_keys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_orders_lines_OrderId",
                table: "orders_lines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_lines_SkuId",
                table: "orders_lines",
                column: "SkuId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_orders_CustomerId",
                table: "orders_orders",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_orders_Email",
                table: "orders_orders",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_orders_orders_PlacedAt",
                table: "orders_orders",
                column: "PlacedAt");

            migrationBuilder.CreateIndex(
                name: "IX_orders_orders_Status_PaymentDueBy",
                table: "orders_orders",
                columns: new[] { "Status", "PaymentDueBy" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_orders_StockReference",
                table: "orders_orders",
                column: "StockReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_payments_OrderId",
                table: "orders_payments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_payments_Provider_Reference",
                table: "orders_payments",
                columns: new[] { "Provider", "Reference" });

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

            migrationBuilder.CreateIndex(
                name: "IX_orders_shipping_methods_MarketCode",
                table: "orders_shipping_methods",
                column: "MarketCode");

            migrationBuilder.CreateIndex(
                name: "IX_orders_transitions_OrderId",
                table: "orders_transitions",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_test_network_charges_IdempotencyKey",
                table: "payments_test_network_charges",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_test_network_operations_ChargeId",
                table: "payments_test_network_operations",
                column: "ChargeId");

            migrationBuilder.CreateIndex(
                name: "IX_promotions_discount_codes_Code",
                table: "promotions_discount_codes",
                column: "Code",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_promotions_redemptions_DiscountCodeId_Email",
                table: "promotions_redemptions",
                columns: new[] { "DiscountCodeId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_promotions_redemptions_OrderId",
                table: "promotions_redemptions",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_webhooks_deliveries_DeliveredAt_DueAt",
                table: "webhooks_deliveries",
                columns: new[] { "DeliveredAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_webhooks_deliveries_EndpointId_CreatedAt",
                table: "webhooks_deliveries",
                columns: new[] { "EndpointId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "messaging_outbox");

            migrationBuilder.DropTable(
                name: "orders_consents");

            migrationBuilder.DropTable(
                name: "orders_idempotency_keys");

            migrationBuilder.DropTable(
                name: "orders_lines");

            migrationBuilder.DropTable(
                name: "orders_payments");

            migrationBuilder.DropTable(
                name: "orders_shipment_lines");

            migrationBuilder.DropTable(
                name: "orders_shipping_methods");

            migrationBuilder.DropTable(
                name: "orders_transitions");

            migrationBuilder.DropTable(
                name: "payments_stripe_events");

            migrationBuilder.DropTable(
                name: "payments_test_network_charges");

            migrationBuilder.DropTable(
                name: "payments_test_network_operations");

            migrationBuilder.DropTable(
                name: "promotions_automatic");

            migrationBuilder.DropTable(
                name: "promotions_discount_codes");

            migrationBuilder.DropTable(
                name: "promotions_gift_card_transactions");

            migrationBuilder.DropTable(
                name: "promotions_gift_cards");

            migrationBuilder.DropTable(
                name: "promotions_redemptions");

            migrationBuilder.DropTable(
                name: "webhooks_deliveries");

            migrationBuilder.DropTable(
                name: "orders_shipments");

            migrationBuilder.DropTable(
                name: "webhooks_endpoints");

            migrationBuilder.DropTable(
                name: "orders_orders");
        }
    }
}
