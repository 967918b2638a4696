using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PurePhysio.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SiteSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    SourceId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TitleLength = table.Column<int>(type: "int", nullable: false),
                    SummaryLength = table.Column<int>(type: "int", nullable: false),
                    BodyLength = table.Column<int>(type: "int", nullable: false),
                    Fingerprint = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    IndexedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchPostings",
                columns: table => new
                {
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    Field = table.Column<int>(type: "int", nullable: false),
                    Term = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchPostings", x => new { x.DocumentId, x.Field, x.Term });
                    table.ForeignKey(
                        name: "FK_SearchPostings_SearchDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SearchDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Kind_SourceId",
                table: "SearchDocuments",
                columns: new[] { "Kind", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Kind_SourceId_SummaryLength_BodyLength",
                table: "SearchDocuments",
                columns: new[] { "Kind", "SourceId", "SummaryLength", "BodyLength" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchPostings_Term_Field_DocumentId_Count",
                table: "SearchPostings",
                columns: new[] { "Term", "Field", "DocumentId", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchPostings");

            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}
