using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PurePhysio.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TeamTreatmentsAndVisitDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReviewedByPractitionerId",
                table: "Conditions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccessibilityNotes",
                table: "ClinicSettings",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AddressLine2",
                table: "ClinicSettings",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Directions",
                table: "ClinicSettings",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "ClinicSettings",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "ClinicSettings",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Parking",
                table: "ClinicSettings",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PublicTransport",
                table: "ClinicSettings",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "StepFreeAccess",
                table: "ClinicSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Practitioners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RegistrationBody = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Qualifications = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Memberships = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SpecialInterests = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Bio = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPlaceholder = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practitioners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Treatments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    WhatHappens = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    WhoItSuits = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    PriceIsPlaceholder = table.Column<bool>(type: "INTEGER", nullable: false),
                    VideoConsultationAvailable = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Treatments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PractitionerConditions",
                columns: table => new
                {
                    ConditionsId = table.Column<int>(type: "INTEGER", nullable: false),
                    PractitionersId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PractitionerConditions", x => new { x.ConditionsId, x.PractitionersId });
                    table.ForeignKey(
                        name: "FK_PractitionerConditions_Conditions_ConditionsId",
                        column: x => x.ConditionsId,
                        principalTable: "Conditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PractitionerConditions_Practitioners_PractitionersId",
                        column: x => x.PractitionersId,
                        principalTable: "Practitioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TreatmentConditions",
                columns: table => new
                {
                    ConditionsId = table.Column<int>(type: "INTEGER", nullable: false),
                    TreatmentsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TreatmentConditions", x => new { x.ConditionsId, x.TreatmentsId });
                    table.ForeignKey(
                        name: "FK_TreatmentConditions_Conditions_ConditionsId",
                        column: x => x.ConditionsId,
                        principalTable: "Conditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TreatmentConditions_Treatments_TreatmentsId",
                        column: x => x.TreatmentsId,
                        principalTable: "Treatments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conditions_ReviewedByPractitionerId",
                table: "Conditions",
                column: "ReviewedByPractitionerId");

            migrationBuilder.CreateIndex(
                name: "IX_PractitionerConditions_PractitionersId",
                table: "PractitionerConditions",
                column: "PractitionersId");

            migrationBuilder.CreateIndex(
                name: "IX_Practitioners_Slug",
                table: "Practitioners",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TreatmentConditions_TreatmentsId",
                table: "TreatmentConditions",
                column: "TreatmentsId");

            migrationBuilder.CreateIndex(
                name: "IX_Treatments_Slug",
                table: "Treatments",
                column: "Slug",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Conditions_Practitioners_ReviewedByPractitionerId",
                table: "Conditions",
                column: "ReviewedByPractitionerId",
                principalTable: "Practitioners",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Conditions_Practitioners_ReviewedByPractitionerId",
                table: "Conditions");

            migrationBuilder.DropTable(
                name: "PractitionerConditions");

            migrationBuilder.DropTable(
                name: "TreatmentConditions");

            migrationBuilder.DropTable(
                name: "Practitioners");

            migrationBuilder.DropTable(
                name: "Treatments");

            migrationBuilder.DropIndex(
                name: "IX_Conditions_ReviewedByPractitionerId",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "ReviewedByPractitionerId",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "AccessibilityNotes",
                table: "ClinicSettings");

            migrationBuilder.DropColumn(
                name: "AddressLine2",
                table: "ClinicSettings");

            migrationBuilder.DropColumn(
                name: "Directions",
                table: "ClinicSettings");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "ClinicSettings");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "ClinicSettings");

            migrationBuilder.DropColumn(
                name: "Parking",
                table: "ClinicSettings");

            migrationBuilder.DropColumn(
                name: "PublicTransport",
                table: "ClinicSettings");

            migrationBuilder.DropColumn(
                name: "StepFreeAccess",
                table: "ClinicSettings");
        }
    }
}
