using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ObservatoireFoncier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParametresCapaciteFonciere",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Zone = table.Column<int>(type: "INTEGER", nullable: false),
                    DensiteLogementsHectare = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    PartLls = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    ValideDepuis = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Demonstration = table.Column<bool>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParametresCapaciteFonciere", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SitesFonciers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Identifiant = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    DepartementCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Parcelles = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SurfaceM2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Zone = table.Column<int>(type: "INTEGER", nullable: false),
                    Proprietaire = table.Column<int>(type: "INTEGER", nullable: false),
                    PorteurId = table.Column<int>(type: "INTEGER", nullable: true),
                    Contraintes = table.Column<int>(type: "INTEGER", nullable: false),
                    CapaciteEstimee = table.Column<int>(type: "INTEGER", nullable: true),
                    Statut = table.Column<int>(type: "INTEGER", nullable: false),
                    DateStatut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Longitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Latitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Geometrie = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    Observations = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Demonstration = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SitesFonciers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SitesFonciers_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SitesFonciers_Organisations_PorteurId",
                        column: x => x.PorteurId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutilsFonciers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    DepartementCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateFin = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Perimetre = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Zone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PartLls = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    PorteurId = table.Column<int>(type: "INTEGER", nullable: true),
                    Montant = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    DateCessionPrevue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecoteFonciere = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Observations = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Demonstration = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutilsFonciers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutilsFonciers_Organisations_PorteurId",
                        column: x => x.PorteurId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutilsFonciers_SitesFonciers_SiteId",
                        column: x => x.SiteId,
                        principalTable: "SitesFonciers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutilsFonciers_CommuneCode",
                table: "OutilsFonciers",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_OutilsFonciers_DepartementCode_Type",
                table: "OutilsFonciers",
                columns: new[] { "DepartementCode", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_OutilsFonciers_EpciSiren",
                table: "OutilsFonciers",
                column: "EpciSiren");

            migrationBuilder.CreateIndex(
                name: "IX_OutilsFonciers_PorteurId",
                table: "OutilsFonciers",
                column: "PorteurId");

            migrationBuilder.CreateIndex(
                name: "IX_OutilsFonciers_SiteId",
                table: "OutilsFonciers",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_OutilsFonciers_Type_DateFin",
                table: "OutilsFonciers",
                columns: new[] { "Type", "DateFin" });

            migrationBuilder.CreateIndex(
                name: "IX_ParametresCapaciteFonciere_EpciSiren_Zone_ValideDepuis",
                table: "ParametresCapaciteFonciere",
                columns: new[] { "EpciSiren", "Zone", "ValideDepuis" });

            migrationBuilder.CreateIndex(
                name: "IX_SitesFonciers_CommuneCode",
                table: "SitesFonciers",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_SitesFonciers_DepartementCode_Statut",
                table: "SitesFonciers",
                columns: new[] { "DepartementCode", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_SitesFonciers_EpciSiren_Identifiant",
                table: "SitesFonciers",
                columns: new[] { "EpciSiren", "Identifiant" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SitesFonciers_OperationId",
                table: "SitesFonciers",
                column: "OperationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SitesFonciers_PorteurId",
                table: "SitesFonciers",
                column: "PorteurId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutilsFonciers");

            migrationBuilder.DropTable(
                name: "ParametresCapaciteFonciere");

            migrationBuilder.DropTable(
                name: "SitesFonciers");
        }
    }
}
