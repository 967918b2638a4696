using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PurePhysio.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MediaLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ImageId",
                table: "StaticPages",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImageId",
                table: "Conditions",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MediaImages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AltText = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    IsDecorative = table.Column<bool>(type: "bit", nullable: false),
                    Caption = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Credit = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Width = table.Column<int>(type: "int", nullable: false),
                    Height = table.Column<int>(type: "int", nullable: false),
                    HasAlpha = table.Column<bool>(type: "bit", nullable: false),
                    Format = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ByteLength = table.Column<long>(type: "bigint", nullable: false),
                    ContentHash = table.Column<string>(type: "char(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaImages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediaImageFiles",
                columns: table => new
                {
                    MediaImageId = table.Column<int>(type: "int", nullable: false),
                    Bytes = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaImageFiles", x => x.MediaImageId);
                    table.ForeignKey(
                        name: "FK_MediaImageFiles_MediaImages_MediaImageId",
                        column: x => x.MediaImageId,
                        principalTable: "MediaImages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StaticPages_ImageId",
                table: "StaticPages",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_Conditions_ImageId",
                table: "Conditions",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaImages_ContentHash",
                table: "MediaImages",
                column: "ContentHash");

            migrationBuilder.AddForeignKey(
                name: "FK_Conditions_MediaImages_ImageId",
                table: "Conditions",
                column: "ImageId",
                principalTable: "MediaImages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_StaticPages_MediaImages_ImageId",
                table: "StaticPages",
                column: "ImageId",
                principalTable: "MediaImages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Conditions_MediaImages_ImageId",
                table: "Conditions");

            migrationBuilder.DropForeignKey(
                name: "FK_StaticPages_MediaImages_ImageId",
                table: "StaticPages");

            migrationBuilder.DropTable(
                name: "MediaImageFiles");

            migrationBuilder.DropTable(
                name: "MediaImages");

            migrationBuilder.DropIndex(
                name: "IX_StaticPages_ImageId",
                table: "StaticPages");

            migrationBuilder.DropIndex(
                name: "IX_Conditions_ImageId",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "ImageId",
                table: "StaticPages");

            migrationBuilder.DropColumn(
                name: "ImageId",
                table: "Conditions");
        }
    }
}
