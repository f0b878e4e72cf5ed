using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    CodeIndicateur = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Cible = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    ModifiePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ModifieLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
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
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Texte = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    BlocsMasques = table.Column<int>(type: "integer", nullable: false),
                    Publiee = table.Column<bool>(type: "boolean", nullable: false),
                    PublieeLe = table.Column<DateOnly>(type: "date", nullable: true),
                    DepublieeLe = table.Column<DateOnly>(type: "date", nullable: true),
                    ModifieLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PagesCommunes", x => x.CommuneCode);
                });

            migrationBuilder.CreateTable(
                name: "Referents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Theme = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Fonction = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Courriel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Telephone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Disponibilite = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Visibilite = table.Column<int>(type: "integer", nullable: false),
                    CleRecherche = table.Column<string>(type: "character varying(520)", maxLength: 520, nullable: false),
                    ConfirmeLe = table.Column<DateOnly>(type: "date", nullable: false),
                    ModifieLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    CodeProposition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Statut = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Commentaire = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ModifiePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ModifieLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    Mois = table.Column<int>(type: "integer", nullable: false),
                    Visites = table.Column<long>(type: "bigint", nullable: false)
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
                name: "IX_SuivisPropositionsNationales_DepartementCode_CodePropositio~",
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
