using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnnuaireEtPageCommune : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_Referents_ConfirmeLe",
                table: "Referents",
                column: "ConfirmeLe");

            migrationBuilder.CreateIndex(
                name: "IX_Referents_OrganisationId_Theme",
                table: "Referents",
                columns: new[] { "OrganisationId", "Theme" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitesPagesCommunes_Annee_Mois",
                table: "VisitesPagesCommunes",
                columns: new[] { "Annee", "Mois" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PagesCommunes");

            migrationBuilder.DropTable(
                name: "Referents");

            migrationBuilder.DropTable(
                name: "VisitesPagesCommunes");
        }
    }
}
