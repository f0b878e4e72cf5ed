using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnnuaireEtFeuilleDeRoute : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ObjectifsFeuilleDeRoute",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeIndicateur = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Cible = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    ModifiePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectifsFeuilleDeRoute", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectifsFeuilleDeRoute_Departements_DepartementCode",
                        column: x => x.DepartementCode,
                        principalTable: "Departements",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PagesCommunes",
                columns: table => new
                {
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Texte = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BlocsMasques = table.Column<int>(type: "INTEGER", nullable: false),
                    Publiee = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublieeLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DepublieeLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PagesCommunes", x => x.CommuneCode);
                });

            migrationBuilder.CreateTable(
                name: "Referents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Theme = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Fonction = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Courriel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Telephone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Disponibilite = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Visibilite = table.Column<int>(type: "INTEGER", nullable: false),
                    CleRecherche = table.Column<string>(type: "TEXT", maxLength: 520, nullable: false),
                    ConfirmeLe = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referents_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuivisPropositionsNationales",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CodeProposition = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Statut = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ModifiePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuivisPropositionsNationales", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuivisPropositionsNationales_Departements_DepartementCode",
                        column: x => x.DepartementCode,
                        principalTable: "Departements",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VisitesPagesCommunes",
                columns: table => new
                {
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    Mois = table.Column<int>(type: "INTEGER", nullable: false),
                    Visites = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitesPagesCommunes", x => new { x.CommuneCode, x.Annee, x.Mois });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectifsFeuilleDeRoute_DepartementCode_Annee_CodeIndicateur",
                table: "ObjectifsFeuilleDeRoute",
                columns: new[] { "DepartementCode", "Annee", "CodeIndicateur" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referents_ConfirmeLe",
                table: "Referents",
                column: "ConfirmeLe");

            migrationBuilder.CreateIndex(
                name: "IX_Referents_OrganisationId_Theme",
                table: "Referents",
                columns: new[] { "OrganisationId", "Theme" });

            migrationBuilder.CreateIndex(
                name: "IX_SuivisPropositionsNationales_DepartementCode_CodeProposition_Date",
                table: "SuivisPropositionsNationales",
                columns: new[] { "DepartementCode", "CodeProposition", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitesPagesCommunes_Annee_Mois",
                table: "VisitesPagesCommunes",
                columns: new[] { "Annee", "Mois" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ObjectifsFeuilleDeRoute");

            migrationBuilder.DropTable(
                name: "PagesCommunes");

            migrationBuilder.DropTable(
                name: "Referents");

            migrationBuilder.DropTable(
                name: "SuivisPropositionsNationales");

            migrationBuilder.DropTable(
                name: "VisitesPagesCommunes");
        }
    }
}
