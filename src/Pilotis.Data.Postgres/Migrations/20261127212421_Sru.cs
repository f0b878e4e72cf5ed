using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    AnneeDepense = table.Column<int>(type: "integer", nullable: false),
                    Nature = table.Column<int>(type: "integer", nullable: false),
                    Libelle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Montant = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Justificatif = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Statut = table.Column<int>(type: "integer", nullable: false),
                    MotifRefus = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DeclareeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecideeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepensesDeductiblesSru", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InventairesSru",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    ResidencesPrincipales = table.Column<int>(type: "integer", nullable: false),
                    Plai = table.Column<int>(type: "integer", nullable: false),
                    Plus = table.Column<int>(type: "integer", nullable: false),
                    Pls = table.Column<int>(type: "integer", nullable: false),
                    PlacesFoyer = table.Column<int>(type: "integer", nullable: false),
                    PslaBrs = table.Column<int>(type: "integer", nullable: false),
                    Autres = table.Column<int>(type: "integer", nullable: false),
                    Soumise = table.Column<bool>(type: "boolean", nullable: false),
                    Motif = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    TauxCible = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    DecretExemption = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ExemptionDebut = table.Column<DateOnly>(type: "date", nullable: true),
                    ExemptionFin = table.Column<DateOnly>(type: "date", nullable: true),
                    PotentielFiscalParHabitant = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    DepensesReellesFonctionnement = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CouverteParPlh = table.Column<bool>(type: "boolean", nullable: false),
                    BeneficieDsu = table.Column<bool>(type: "boolean", nullable: false),
                    RangPeriodeNouvellementSoumise = table.Column<int>(type: "integer", nullable: true),
                    AgreesPlai = table.Column<int>(type: "integer", nullable: false),
                    AgreesPlus = table.Column<int>(type: "integer", nullable: false),
                    AgreesPls = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Demonstration = table.Column<bool>(type: "boolean", nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InventairesSru", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProceduresCarenceSru",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    DebutPeriode = table.Column<DateOnly>(type: "date", nullable: false),
                    FinPeriode = table.Column<DateOnly>(type: "date", nullable: false),
                    Etat = table.Column<int>(type: "integer", nullable: false),
                    CoefficientMajoration = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: true),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProceduresCarenceSru", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScenariosSru",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Perimetre = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    TauxCibleUnique = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    Auteur = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    CreeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScenariosSru", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EtapesCarenceSru",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProcedureCarenceSruId = table.Column<int>(type: "integer", nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Acteur = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Depuis = table.Column<int>(type: "integer", nullable: false),
                    Vers = table.Column<int>(type: "integer", nullable: false),
                    Coefficient = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: true),
                    AvisFavorable = table.Column<bool>(type: "boolean", nullable: true),
                    Motif = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
