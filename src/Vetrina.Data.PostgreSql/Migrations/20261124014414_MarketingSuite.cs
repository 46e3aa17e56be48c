using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MarketingSuite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Blog = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CoverUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublishAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BodyEn = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    BodyIt = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    BodyKo = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    CoverAltEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CoverAltIt = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CoverAltKo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    HandleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HandleIt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HandleKo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SummaryEn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SummaryIt = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SummaryKo = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    TitleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleIt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TitleKo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_automation_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AutomationId = table.Column<int>(type: "integer", nullable: false),
                    ContactId = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TriggeredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextStep = table.Column<int>(type: "integer", nullable: false),
                    NextAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Data = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Sent = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_automation_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_automations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    EnabledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SmartSendingHours = table.Column<int>(type: "integer", nullable: false),
                    WinBackDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_automations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UtmCampaign = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TemplateId = table.Column<int>(type: "integer", nullable: false),
                    SegmentId = table.Column<int>(type: "integer", nullable: true),
                    ProductCodes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AboutBoughtProducts = table.Column<bool>(type: "boolean", nullable: false),
                    SubjectB = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TestPercent = table.Column<int>(type: "integer", nullable: false),
                    WinnerAfter = table.Column<TimeSpan>(type: "interval", nullable: false),
                    Winner = table.Column<char>(type: "character(1)", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Recipients = table.Column<int>(type: "integer", nullable: false),
                    PreparedUpTo = table.Column<long>(type: "bigint", nullable: false),
                    LinkKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_consent_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContactId = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TextVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IpAddress = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    UserAgent = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_consent_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_contacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Birthday = table.Column<DateOnly>(type: "date", nullable: true),
                    CustomerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Consent = table.Column<int>(type: "integer", nullable: false),
                    ConsentedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NightConsent = table.Column<bool>(type: "boolean", nullable: false),
                    OrderCount = table.Column<int>(type: "integer", nullable: false),
                    RevenueEurMinor = table.Column<long>(type: "bigint", nullable: false),
                    FirstOrderAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastOrderAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Rfm = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    RfmSegment = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_contacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_list_members",
                columns: table => new
                {
                    ListId = table.Column<int>(type: "integer", nullable: false),
                    ContactId = table.Column<long>(type: "bigint", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_list_members", x => new { x.ListId, x.ContactId });
                });

            migrationBuilder.CreateTable(
                name: "email_lists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_lists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_optin_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContactId = table.Column<long>(type: "bigint", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ListId = table.Column<int>(type: "integer", nullable: true),
                    NightConsent = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_optin_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_segments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Definition = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_segments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_sends",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    ContactId = table.Column<long>(type: "bigint", nullable: false),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    Data = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Variant = table.Column<char>(type: "character(1)", nullable: false),
                    Token = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "uuid", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Skipped = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BouncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ComplainedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Opens = table.Column<int>(type: "integer", nullable: false),
                    MachineOpen = table.Column<bool>(type: "boolean", nullable: false),
                    ClickedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Clicks = table.Column<int>(type: "integer", nullable: false),
                    UnsubscribedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_sends", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_suppressions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_suppressions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_sync_marks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_sync_marks", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "email_templates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BodyEn = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    BodyIt = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true),
                    BodyKo = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true),
                    PreheaderEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PreheaderIt = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PreheaderKo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SubjectEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SubjectIt = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SubjectKo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marketing_influencer_orders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    InfluencerId = table.Column<int>(type: "integer", nullable: false),
                    Via = table.Column<int>(type: "integer", nullable: false),
                    NewCustomer = table.Column<bool>(type: "boolean", nullable: false),
                    PlacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    NetSalesMinor = table.Column<long>(type: "bigint", nullable: false),
                    RateBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    CommissionMinor = table.Column<long>(type: "bigint", nullable: false),
                    StatementId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_influencer_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marketing_influencer_program",
                columns: table => new
                {
                    Key = table.Column<int>(type: "integer", nullable: false),
                    CookieDays = table.Column<int>(type: "integer", nullable: false),
                    Conflict = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_influencer_program", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "marketing_influencer_statements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InfluencerId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Orders = table.Column<int>(type: "integer", nullable: false),
                    NetSalesMinor = table.Column<long>(type: "bigint", nullable: false),
                    CommissionMinor = table.Column<long>(type: "bigint", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PaymentReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_influencer_statements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marketing_influencers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Handle = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Networks = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DiscountCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NewCustomerBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    ReturningCustomerBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_influencers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marketing_social_posts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Network = table.Column<int>(type: "integer", nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Caption = table.Column<string>(type: "character varying(2200)", maxLength: 2200, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Target = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Campaign = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reference = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Likes = table.Column<int>(type: "integer", nullable: false),
                    Comments = table.Column<int>(type: "integer", nullable: false),
                    Shares = table.Column<int>(type: "integer", nullable: false),
                    Saves = table.Column<int>(type: "integer", nullable: false),
                    Reach = table.Column<int>(type: "integer", nullable: false),
                    Clicks = table.Column<int>(type: "integer", nullable: false),
                    EngagementAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_social_posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "email_automation_steps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AutomationId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Delay = table.Column<TimeSpan>(type: "interval", nullable: false),
                    CampaignId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_automation_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_email_automation_steps_email_automations_AutomationId",
                        column: x => x.AutomationId,
                        principalTable: "email_automations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_articles_Blog_PublishAt",
                table: "content_articles",
                columns: new[] { "Blog", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_email_automation_runs_AutomationId_ContactId_Key",
                table: "email_automation_runs",
                columns: new[] { "AutomationId", "ContactId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_automation_runs_EndedAt_NextAt",
                table: "email_automation_runs",
                columns: new[] { "EndedAt", "NextAt" });

            migrationBuilder.CreateIndex(
                name: "IX_email_automation_steps_AutomationId",
                table: "email_automation_steps",
                column: "AutomationId");

            migrationBuilder.CreateIndex(
                name: "IX_email_automations_Kind",
                table: "email_automations",
                column: "Kind",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_campaigns_Status",
                table: "email_campaigns",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_email_consent_events_ContactId",
                table: "email_consent_events",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_email_contacts_Consent_Country",
                table: "email_contacts",
                columns: new[] { "Consent", "Country" });

            migrationBuilder.CreateIndex(
                name: "IX_email_contacts_CustomerId",
                table: "email_contacts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_email_contacts_Email",
                table: "email_contacts",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_list_members_ContactId",
                table: "email_list_members",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_email_lists_Name",
                table: "email_lists",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_optin_requests_ContactId",
                table: "email_optin_requests",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_email_optin_requests_TokenHash",
                table: "email_optin_requests",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_segments_Name",
                table: "email_segments",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_sends_CampaignId_ContactId_RunId",
                table: "email_sends",
                columns: new[] { "CampaignId", "ContactId", "RunId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_sends_CampaignId_SentAt_DueAt",
                table: "email_sends",
                columns: new[] { "CampaignId", "SentAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_email_sends_ClaimToken",
                table: "email_sends",
                column: "ClaimToken");

            migrationBuilder.CreateIndex(
                name: "IX_email_sends_Token",
                table: "email_sends",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_suppressions_Email",
                table: "email_suppressions",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marketing_influencer_orders_InfluencerId_PlacedAt",
                table: "marketing_influencer_orders",
                columns: new[] { "InfluencerId", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_marketing_influencer_orders_OrderId",
                table: "marketing_influencer_orders",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marketing_influencer_statements_InfluencerId_Month_Currency",
                table: "marketing_influencer_statements",
                columns: new[] { "InfluencerId", "Month", "Currency" });

            migrationBuilder.CreateIndex(
                name: "IX_marketing_influencers_DiscountCode",
                table: "marketing_influencers",
                column: "DiscountCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marketing_influencers_Handle",
                table: "marketing_influencers",
                column: "Handle",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marketing_social_posts_Reference",
                table: "marketing_social_posts",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marketing_social_posts_ScheduledAt",
                table: "marketing_social_posts",
                column: "ScheduledAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "content_articles");

            migrationBuilder.DropTable(
                name: "email_automation_runs");

            migrationBuilder.DropTable(
                name: "email_automation_steps");

            migrationBuilder.DropTable(
                name: "email_campaigns");

            migrationBuilder.DropTable(
                name: "email_consent_events");

            migrationBuilder.DropTable(
                name: "email_contacts");

            migrationBuilder.DropTable(
                name: "email_list_members");

            migrationBuilder.DropTable(
                name: "email_lists");

            migrationBuilder.DropTable(
                name: "email_optin_requests");

            migrationBuilder.DropTable(
                name: "email_segments");

            migrationBuilder.DropTable(
                name: "email_sends");

            migrationBuilder.DropTable(
                name: "email_suppressions");

            migrationBuilder.DropTable(
                name: "email_sync_marks");

            migrationBuilder.DropTable(
                name: "email_templates");

            migrationBuilder.DropTable(
                name: "marketing_influencer_orders");

            migrationBuilder.DropTable(
                name: "marketing_influencer_program");

            migrationBuilder.DropTable(
                name: "marketing_influencer_statements");

            migrationBuilder.DropTable(
                name: "marketing_influencers");

            migrationBuilder.DropTable(
                name: "marketing_social_posts");

            migrationBuilder.DropTable(
                name: "email_automations");
        }
    }
}
