using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Handle = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    BodyEn = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    BodyIt = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    BodyKo = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleIt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TitleKo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_page_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShopPageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BodyEn = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    BodyIt = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    BodyKo = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleIt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TitleKo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
