using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Pilotis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueAides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Aides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IdSource = table.Column<long>(type: "bigint", nullable: true),
                    Slug = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Nom = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitreCourt = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Financeurs = table.Column<string>(type: "text", nullable: false),
                    Instructeurs = table.Column<string>(type: "text", nullable: false),
                    Programmes = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Eligibilite = table.Column<string>(type: "text", nullable: true),
                    Perimetre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Categories = table.Column<string>(type: "text", nullable: false),
                    PublicsCibles = table.Column<string>(type: "text", nullable: false),
                    TypesAide = table.Column<string>(type: "text", nullable: false),
                    Destinations = table.Column<string>(type: "text", nullable: false),
                    EtapesMobilisation = table.Column<string>(type: "text", nullable: false),
                    AppelAProjets = table.Column<bool>(type: "boolean", nullable: false),
                    DateOuverture = table.Column<DateOnly>(type: "date", nullable: true),
                    DatePreDepot = table.Column<DateOnly>(type: "date", nullable: true),
                    DateEcheance = table.Column<DateOnly>(type: "date", nullable: true),
                    TauxSubventionMin = table.Column<int>(type: "integer", nullable: true),
                    TauxSubventionMax = table.Column<int>(type: "integer", nullable: true),
                    MontantPret = table.Column<long>(type: "bigint", nullable: true),
                    MontantAvanceRemboursable = table.Column<long>(type: "bigint", nullable: true),
                    Recurrence = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Contact = table.Column<string>(type: "text", nullable: true),
                    UrlOrigine = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UrlCandidature = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DateMiseAJourSource = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Locale = table.Column<bool>(type: "boolean", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    EmpreinteSource = table.Column<long>(type: "bigint", nullable: true),
                    RacinesNom = table.Column<string>(type: "text", nullable: false),
                    RacinesCategories = table.Column<string>(type: "text", nullable: false),
                    RacinesTexte = table.Column<string>(type: "text", nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Aides_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecherchesAides",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Jour = table.Column<DateOnly>(type: "date", nullable: false),
                    Texte = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Resultats = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecherchesAides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SynonymesAides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Expressions = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SynonymesAides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AvisAides",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AideId = table.Column<int>(type: "integer", nullable: false),
                    Jour = table.Column<DateOnly>(type: "date", nullable: false),
                    Utile = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AvisAides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AvisAides_Aides_AideId",
                        column: x => x.AideId,
                        principalTable: "Aides",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiensAidesFinancements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AideId = table.Column<int>(type: "integer", nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    LigneFinancementId = table.Column<int>(type: "integer", nullable: false),
                    Quand = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiensAidesFinancements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiensAidesFinancements_Aides_AideId",
                        column: x => x.AideId,
                        principalTable: "Aides",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LiensAidesFinancements_FinancementsOperation_LigneFinanceme~",
                        column: x => x.LigneFinancementId,
                        principalTable: "FinancementsOperation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiensAidesFinancements_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "SynonymesAides",
                columns: new[] { "Id", "Expressions" },
                values: new object[,]
                {
                    { 1, "LLS ; logement social ; logement locatif social ; logement locatif aidé ; HLM ; habitation à loyer modéré" },
                    { 2, "PLAI ; prêt locatif aidé d'intégration" },
                    { 3, "PLUS ; prêt locatif à usage social" },
                    { 4, "PLS ; prêt locatif social" },
                    { 5, "PSLA ; prêt social location-accession ; location-accession" },
                    { 6, "BRS ; bail réel solidaire" },
                    { 7, "VEFA ; vente en l'état futur d'achèvement" },
                    { 8, "acquisition-amélioration ; acquisition amélioration" },
                    { 9, "surcharge foncière ; dépassement de charge foncière" },
                    { 10, "prêt foncier ; prêt Gaïa" },
                    { 11, "démolition-reconstruction ; démolition reconstruction" },
                    { 12, "bailleur social ; organisme HLM ; organisme de logement social ; OLS" },
                    { 13, "réhabilitation ; rénovation" },
                    { 14, "OFS ; organisme de foncier solidaire" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Aides_IdSource",
                table: "Aides",
                column: "IdSource",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Aides_OrganisationId",
                table: "Aides",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Aides_Slug",
                table: "Aides",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AvisAides_AideId_Jour",
                table: "AvisAides",
                columns: new[] { "AideId", "Jour" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiensAidesFinancements_AideId",
                table: "LiensAidesFinancements",
                column: "AideId");

            migrationBuilder.CreateIndex(
                name: "IX_LiensAidesFinancements_LigneFinancementId_AideId",
                table: "LiensAidesFinancements",
                columns: new[] { "LigneFinancementId", "AideId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiensAidesFinancements_OperationId",
                table: "LiensAidesFinancements",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecherchesAides_Jour",
                table: "RecherchesAides",
                column: "Jour");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AvisAides");

            migrationBuilder.DropTable(
                name: "LiensAidesFinancements");

            migrationBuilder.DropTable(
                name: "RecherchesAides");

            migrationBuilder.DropTable(
                name: "SynonymesAides");

            migrationBuilder.DropTable(
                name: "Aides");
        }
    }
}
