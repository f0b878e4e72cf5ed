using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Attributions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BauxSignes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NumeroAttribution = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BailleurId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    LogementEnQpv = table.Column<bool>(type: "INTEGER", nullable: false),
                    Contingent = table.Column<int>(type: "INTEGER", nullable: false),
                    DateSignatureBail = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RessourcesAnnuellesParUc = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Dalo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Prioritaire = table.Column<bool>(type: "INTEGER", nullable: false),
                    RelogementRenouvellementUrbain = table.Column<bool>(type: "INTEGER", nullable: false),
                    NumeroUnique = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BauxSignes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BauxSignes_Organisations_BailleurId",
                        column: x => x.BailleurId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BauxSignes_BailleurId_NumeroAttribution",
                table: "BauxSignes",
                columns: new[] { "BailleurId", "NumeroAttribution" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BauxSignes_CommuneCode_DateSignatureBail",
                table: "BauxSignes",
                columns: new[] { "CommuneCode", "DateSignatureBail" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BauxSignes");
        }
    }
}
