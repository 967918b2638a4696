using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PurePhysio.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PractitionerPhoto : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PhotoId",
                table: "Practitioners",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practitioners_PhotoId",
                table: "Practitioners",
                column: "PhotoId");

            migrationBuilder.AddForeignKey(
                name: "FK_Practitioners_MediaImages_PhotoId",
                table: "Practitioners",
                column: "PhotoId",
                principalTable: "MediaImages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Practitioners_MediaImages_PhotoId",
                table: "Practitioners");

            migrationBuilder.DropIndex(
                name: "IX_Practitioners_PhotoId",
                table: "Practitioners");

            migrationBuilder.DropColumn(
                name: "PhotoId",
                table: "Practitioners");
        }
    }
}
