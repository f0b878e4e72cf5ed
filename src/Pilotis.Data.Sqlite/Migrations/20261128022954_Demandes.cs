using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Demandes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Demandes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NumeroUnique = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DepartementCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    GuichetId = table.Column<int>(type: "INTEGER", nullable: true),
                    Membres = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    JeuneCouple = table.Column<bool>(type: "INTEGER", nullable: false),
                    RevenuFiscalReference = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    RessourcesMensuelles = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    SituationLogement = table.Column<int>(type: "INTEGER", nullable: false),
                    Motifs = table.Column<int>(type: "INTEGER", nullable: false),
                    CommuneResidenceCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    CommuneTravailCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    TypologiePrincipale = table.Column<int>(type: "INTEGER", nullable: false),
                    TypologiesSouhaitees = table.Column<int>(type: "INTEGER", nullable: false),
                    Mutation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Dalo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CriteresPrioritaires = table.Column<int>(type: "INTEGER", nullable: false),
                    DateDepot = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateRenouvellement = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateFinValidite = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Statut = table.Column<int>(type: "INTEGER", nullable: false),
                    MotifRadiation = table.Column<int>(type: "INTEGER", nullable: true),
                    DateRadiation = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommuneAttributionCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    DatePurge = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NombrePersonnes = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonnesACharge = table.Column<int>(type: "INTEGER", nullable: false),
                    Handicap = table.Column<bool>(type: "INTEGER", nullable: false),
                    Categorie = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitesConsommation = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: false),
                    RessourcesParUc = table.Column<decimal>(type: "TEXT", precision: 12, scale: 0, nullable: false),
                    ProduitsEligibles = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunePrincipaleCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    GrilleCotationId = table.Column<int>(type: "INTEGER", nullable: true),
                    DateCotation = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreeeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    ModifieeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Demandes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Demandes_Organisations_GuichetId",
                        column: x => x.GuichetId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrillesCotation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Statut = table.Column<int>(type: "INTEGER", nullable: false),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Criteres = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreeeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    PublieeLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArchiveeLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrillesCotation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlafondsRessources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    Geographie = table.Column<int>(type: "INTEGER", nullable: false),
                    Produit = table.Column<int>(type: "INTEGER", nullable: false),
                    Categorie1 = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Categorie2 = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Categorie3 = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Categorie4 = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Categorie5 = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Categorie6 = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    ParPersonneSupplementaire = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ModifieeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlafondsRessources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PurgesDemandes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Quand = table.Column<long>(type: "INTEGER", nullable: false),
                    DateReference = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JoursConservation = table.Column<int>(type: "INTEGER", nullable: false),
                    DemandesPurgees = table.Column<int>(type: "INTEGER", nullable: false),
                    DemandesRadieesNonRenouvellement = table.Column<int>(type: "INTEGER", nullable: false),
                    Declencheur = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurgesDemandes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeuilsQuartileOfficiels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    Seuil = table.Column<decimal>(type: "TEXT", precision: 12, scale: 0, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeuilsQuartileOfficiels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommunesSouhaitees",
                columns: table => new
                {
                    DemandeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Rang = table.Column<int>(type: "INTEGER", nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunesSouhaitees", x => new { x.DemandeId, x.Rang });
                    table.ForeignKey(
                        name: "FK_CommunesSouhaitees_Demandes_DemandeId",
                        column: x => x.DemandeId,
                        principalTable: "Demandes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommunesSouhaitees_CommuneCode_DemandeId",
                table: "CommunesSouhaitees",
                columns: new[] { "CommuneCode", "DemandeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Demandes_CommunePrincipaleCode_TypologiePrincipale_Statut_Score",
                table: "Demandes",
                columns: new[] { "CommunePrincipaleCode", "TypologiePrincipale", "Statut", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_Demandes_DepartementCode_Statut",
                table: "Demandes",
                columns: new[] { "DepartementCode", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_Demandes_EpciSiren_Statut",
                table: "Demandes",
                columns: new[] { "EpciSiren", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_Demandes_GuichetId",
                table: "Demandes",
                column: "GuichetId");

            migrationBuilder.CreateIndex(
                name: "IX_Demandes_NumeroUnique",
                table: "Demandes",
                column: "NumeroUnique",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Demandes_Statut_DateFinValidite",
                table: "Demandes",
                columns: new[] { "Statut", "DateFinValidite" });

            migrationBuilder.CreateIndex(
                name: "IX_Demandes_Statut_DateRadiation",
                table: "Demandes",
                columns: new[] { "Statut", "DateRadiation" });

            migrationBuilder.CreateIndex(
                name: "IX_GrillesCotation_EpciSiren_Version",
                table: "GrillesCotation",
                columns: new[] { "EpciSiren", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlafondsRessources_Annee_Geographie_Produit",
                table: "PlafondsRessources",
                columns: new[] { "Annee", "Geographie", "Produit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeuilsQuartileOfficiels_EpciSiren_Annee",
                table: "SeuilsQuartileOfficiels",
                columns: new[] { "EpciSiren", "Annee" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommunesSouhaitees");

            migrationBuilder.DropTable(
                name: "GrillesCotation");

            migrationBuilder.DropTable(
                name: "PlafondsRessources");

            migrationBuilder.DropTable(
                name: "PurgesDemandes");

            migrationBuilder.DropTable(
                name: "SeuilsQuartileOfficiels");

            migrationBuilder.DropTable(
                name: "Demandes");
        }
    }
}
