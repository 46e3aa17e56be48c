using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExhaustedWorkIsDeadLettered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Work that had used up its tries before dead letters existed is a dead letter now (12 was both queues' limit).
            // A migration of its own: on SQLite the one before rebuilds these tables, and data is best moved after that.
            migrationBuilder.Sql("""UPDATE messaging_outbox SET "DeadLetteredAt" = "DueAt" WHERE "SentAt" IS NULL AND "Attempts" >= 12;""");
            migrationBuilder.Sql("""UPDATE webhooks_deliveries SET "DeadLetteredAt" = "DueAt" WHERE "DeliveredAt" IS NULL AND "Attempts" >= 12;""");
            migrationBuilder.Sql("""UPDATE email_sends SET "DeadLetteredAt" = "DueAt" WHERE "Skipped" = 'gave up';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The rows stay dead letters; the columns go with the migration before.
        }
    }
}
