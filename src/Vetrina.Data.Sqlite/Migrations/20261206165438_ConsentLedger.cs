using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConsentLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_consent_ledger",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    VisitorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TextVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    GlobalPrivacyControl = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_consent_ledger", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_consent_ledger_At",
                table: "privacy_consent_ledger",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_consent_ledger_Email",
                table: "privacy_consent_ledger",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_consent_ledger_VisitorId",
                table: "privacy_consent_ledger",
                column: "VisitorId");

            // The three copies become one ledger, oldest first: each cookie choice as two lines (analytics, marketing), the
            // checkout's consents and objections, and every step of the email module's proof, with the contact's address.
            migrationBuilder.Sql("""
                INSERT INTO privacy_consent_ledger ("Email", "VisitorId", "CustomerId", "Purpose", "Channel", "Decision", "Source", "Reference",
                    "TextVersion", "Text", "Language", "Country", "IpAddress", "UserAgent", "GlobalPrivacyControl", "At")
                SELECT "Email", "VisitorId", "CustomerId", "Purpose", "Channel", "Decision", "Source", "Reference",
                    "TextVersion", "Text", "Language", "Country", "IpAddress", "UserAgent", "GlobalPrivacyControl", "At"
                FROM (
                    SELECT NULL AS "Email", c."VisitorId" AS "VisitorId", NULL AS "CustomerId", 'analytics-cookies' AS "Purpose", 'cookie' AS "Channel",
                        CASE WHEN c."Analytics" THEN 'Given' ELSE 'Withdrawn' END AS "Decision", c."Source" AS "Source", NULL AS "Reference",
                        c."PolicyVersion" AS "TextVersion", 'Analytics cookies' AS "Text", c."Language" AS "Language", NULL AS "Country",
                        NULL AS "IpAddress", NULL AS "UserAgent", c."GlobalPrivacyControl" AS "GlobalPrivacyControl", c."At" AS "At", 1 AS "Kind", c."Id" AS "Was"
                    FROM privacy_consents c
                    UNION ALL
                    SELECT NULL, c."VisitorId", NULL, 'marketing-cookies', 'cookie', CASE WHEN c."Marketing" THEN 'Given' ELSE 'Withdrawn' END, c."Source", NULL,
                        c."PolicyVersion", 'Marketing cookies', c."Language", NULL, NULL, NULL, c."GlobalPrivacyControl", c."At", 2, c."Id"
                    FROM privacy_consents c
                    UNION ALL
                    SELECT lower(o."Email"), NULL, o."CustomerId",
                        CASE WHEN o."Purpose" = 'marketing-email' THEN 'marketing-email' ELSE 'similar-products-email' END, 'email',
                        CASE WHEN o."Purpose" = 'marketing-email' THEN 'Given' ELSE 'Withdrawn' END,
                        CASE WHEN o."Purpose" = 'marketing-email' THEN 'checkout' ELSE 'objection' END, 'order:' || o."OrderId", o."TextVersion",
                        CASE WHEN o."Purpose" = 'marketing-email' THEN 'Checkout marketing checkbox' ELSE 'Objected at checkout to emails about similar products' END,
                        o."Language", NULL, NULL, NULL, FALSE, o."At", 3, o."Id"
                    FROM orders_consents o
                    UNION ALL
                    SELECT ct."Email", NULL, ct."CustomerId", CASE WHEN e."Action" = 3 THEN 'similar-products-email' ELSE 'marketing-email' END, 'email',
                        CASE e."Action" WHEN 0 THEN 'Requested' WHEN 4 THEN 'Withdrawn' ELSE 'Given' END,
                        CASE e."Action" WHEN 0 THEN 'double-opt-in' WHEN 2 THEN 'reconfirmation' WHEN 3 THEN 'soft-opt-in' WHEN 4 THEN 'unsubscribe' WHEN 5 THEN 'import'
                            ELSE CASE WHEN e."Source" LIKE 'checkout:%' THEN 'checkout' ELSE 'double-opt-in' END END,
                        e."Source", e."TextVersion", e."Text", ct."Language", ct."Country", e."IpAddress", e."UserAgent", FALSE, e."At", 4, e."Id"
                    FROM email_consent_events e LEFT JOIN email_contacts ct ON ct."Id" = e."ContactId"
                ) moved
                ORDER BY "At", "Kind", "Was"
                """);
            // Checkout consents now reach the contacts as events, not by reading Orders' table from a mark.
            migrationBuilder.Sql("""DELETE FROM email_sync_marks WHERE "Name" = 'checkout-consent'""");


            migrationBuilder.DropTable(
                name: "email_consent_events");

            migrationBuilder.DropTable(
                name: "orders_consents");

            migrationBuilder.DropTable(
                name: "privacy_consents");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Going back leaves the ledger's lines behind: the old tables return empty.
            migrationBuilder.DropTable(
                name: "privacy_consent_ledger");

            migrationBuilder.CreateTable(
                name: "email_consent_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<long>(type: "INTEGER", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TextVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_consent_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TextVersion = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Analytics = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    GlobalPrivacyControl = table.Column<bool>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Marketing = table.Column<bool>(type: "INTEGER", nullable: false),
                    PolicyVersion = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VisitorId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_consents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_email_consent_events_ContactId",
                table: "email_consent_events",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_consents_Email",
                table: "orders_consents",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_consents_At",
                table: "privacy_consents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_consents_VisitorId",
                table: "privacy_consents",
                column: "VisitorId");
        }
    }
}
