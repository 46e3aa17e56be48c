using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ShopPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_pages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Handle = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    BodyEn = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    BodyIt = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    BodyKo = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    TitleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleIt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TitleKo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_page_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShopPageId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BodyEn = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    BodyIt = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    BodyKo = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    TitleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleIt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TitleKo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_page_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_content_page_versions_content_pages_ShopPageId",
                        column: x => x.ShopPageId,
                        principalTable: "content_pages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_page_versions_ShopPageId_Version",
                table: "content_page_versions",
                columns: new[] { "ShopPageId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_pages_Handle",
                table: "content_pages",
                column: "Handle",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "content_page_versions");

            migrationBuilder.DropTable(
                name: "content_pages");
        }
    }
}
