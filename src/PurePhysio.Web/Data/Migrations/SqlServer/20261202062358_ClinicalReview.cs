using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PurePhysio.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ClinicalReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "EnquiryId",
                table: "OutboxMessages",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<int>(
                name: "ReviewIntervalMonths",
                table: "Conditions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedByName",
                table: "Conditions",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "PublishConditionsWithoutApproval",
                table: "ClinicSettings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PractitionerId",
                table: "AspNetUsers",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReviewReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Week = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewReminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PractitionerId",
                table: "AspNetUsers",
                column: "PractitionerId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewReminders_UserId_Week",
                table: "ReviewReminders",
                columns: new[] { "UserId", "Week" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Practitioners_PractitionerId",
                table: "AspNetUsers",
                column: "PractitionerId",
                principalTable: "Practitioners",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Practitioners_PractitionerId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "ReviewReminders");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_PractitionerId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ReviewIntervalMonths",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "ReviewedByName",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "PublishConditionsWithoutApproval",
                table: "ClinicSettings");

            migrationBuilder.DropColumn(
                name: "PractitionerId",
                table: "AspNetUsers");

            migrationBuilder.AlterColumn<int>(
                name: "EnquiryId",
                table: "OutboxMessages",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);
        }
    }
}
