using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MarketTimeZones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "markets_markets",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "Europe/Rome");

            // Markets made before they had a zone: Korea's shoppers live in Seoul's, the others in the brand's.
            migrationBuilder.Sql("""UPDATE markets_markets SET "TimeZone" = 'Asia/Seoul' WHERE "CountryCodes" = 'KR'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "markets_markets");
        }
    }
}
