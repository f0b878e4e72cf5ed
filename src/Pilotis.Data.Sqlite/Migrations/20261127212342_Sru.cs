using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Sru : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DepensesDeductiblesSru",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    AnneeDepense = table.Column<int>(type: "INTEGER", nullable: false),
                    Nature = table.Column<int>(type: "INTEGER", nullable: false),
                    Libelle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Montant = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Justificatif = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Statut = table.Column<int>(type: "INTEGER", nullable: false),
                    MotifRefus = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeclareeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    DecideeLe = table.Column<long>(type: "INTEGER", nullable: true),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepensesDeductiblesSru", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InventairesSru",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidencesPrincipales = table.Column<int>(type: "INTEGER", nullable: false),
                    Plai = table.Column<int>(type: "INTEGER", nullable: false),
                    Plus = table.Column<int>(type: "INTEGER", nullable: false),
                    Pls = table.Column<int>(type: "INTEGER", nullable: false),
                    PlacesFoyer = table.Column<int>(type: "INTEGER", nullable: false),
                    PslaBrs = table.Column<int>(type: "INTEGER", nullable: false),
                    Autres = table.Column<int>(type: "INTEGER", nullable: false),
                    Soumise = table.Column<bool>(type: "INTEGER", nullable: false),
                    Motif = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TauxCible = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    DecretExemption = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ExemptionDebut = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExemptionFin = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PotentielFiscalParHabitant = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    DepensesReellesFonctionnement = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CouverteParPlh = table.Column<bool>(type: "INTEGER", nullable: false),
                    BeneficieDsu = table.Column<bool>(type: "INTEGER", nullable: false),
                    RangPeriodeNouvellementSoumise = table.Column<int>(type: "INTEGER", nullable: true),
                    AgreesPlai = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreesPlus = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreesPls = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Demonstration = table.Column<bool>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InventairesSru", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProceduresCarenceSru",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    DebutPeriode = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FinPeriode = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Etat = table.Column<int>(type: "INTEGER", nullable: false),
                    CoefficientMajoration = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: true),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProceduresCarenceSru", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScenariosSru",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Perimetre = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    TauxCibleUnique = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    Auteur = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreeLe = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScenariosSru", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EtapesCarenceSru",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcedureCarenceSruId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Acteur = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Depuis = table.Column<int>(type: "INTEGER", nullable: false),
                    Vers = table.Column<int>(type: "INTEGER", nullable: false),
                    Coefficient = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: true),
                    AvisFavorable = table.Column<bool>(type: "INTEGER", nullable: true),
                    Motif = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EtapesCarenceSru", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EtapesCarenceSru_ProceduresCarenceSru_ProcedureCarenceSruId",
                        column: x => x.ProcedureCarenceSruId,
                        principalTable: "ProceduresCarenceSru",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DepensesDeductiblesSru_CommuneCode_AnneeDepense",
                table: "DepensesDeductiblesSru",
                columns: new[] { "CommuneCode", "AnneeDepense" });

            migrationBuilder.CreateIndex(
                name: "IX_EtapesCarenceSru_ProcedureCarenceSruId",
                table: "EtapesCarenceSru",
                column: "ProcedureCarenceSruId");

            migrationBuilder.CreateIndex(
                name: "IX_InventairesSru_Annee_Soumise",
                table: "InventairesSru",
                columns: new[] { "Annee", "Soumise" });

            migrationBuilder.CreateIndex(
                name: "IX_InventairesSru_CommuneCode_Annee",
                table: "InventairesSru",
                columns: new[] { "CommuneCode", "Annee" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProceduresCarenceSru_CommuneCode_DebutPeriode",
                table: "ProceduresCarenceSru",
                columns: new[] { "CommuneCode", "DebutPeriode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DepensesDeductiblesSru");

            migrationBuilder.DropTable(
                name: "EtapesCarenceSru");

            migrationBuilder.DropTable(
                name: "InventairesSru");

            migrationBuilder.DropTable(
                name: "ScenariosSru");

            migrationBuilder.DropTable(
                name: "ProceduresCarenceSru");
        }
    }
}
