using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PurePhysio.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StaffAccountSecurity : Migration
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

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "SignInThrottles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Account = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Client = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Step = table.Column<int>(type: "int", nullable: false),
                    Failures = table.Column<int>(type: "int", nullable: false),
                    LastFailureAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInThrottles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffSecurityPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    RequireTwoFactor = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffSecurityPolicies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignInThrottles_Account_Client_Step",
                table: "SignInThrottles",
                columns: new[] { "Account", "Client", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignInThrottles_LastFailureAt",
                table: "SignInThrottles",
                column: "LastFailureAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignInThrottles");

            migrationBuilder.DropTable(
                name: "StaffSecurityPolicies");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
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
