using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IndexClassement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClassementsDemandes",
                columns: table => new
                {
                    DemandeId = table.Column<long>(type: "bigint", nullable: false),
                    Rang = table.Column<int>(type: "integer", nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    CleScore = table.Column<long>(type: "bigint", nullable: false),
                    DateDepot = table.Column<DateOnly>(type: "date", nullable: false),
                    TypologiesSouhaitees = table.Column<int>(type: "integer", nullable: false),
                    ProduitsEligibles = table.Column<int>(type: "integer", nullable: false),
                    NombrePersonnes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClassementsDemandes", x => new { x.DemandeId, x.Rang });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClassementsDemandes_CommuneCode_CleScore_DateDepot_DemandeId",
                table: "ClassementsDemandes",
                columns: new[] { "CommuneCode", "CleScore", "DateDepot", "DemandeId" },
                descending: new[] { false, true, false, false })
                .Annotation("Npgsql:IndexInclude", new[] { "TypologiesSouhaitees", "ProduitsEligibles", "NombrePersonnes" });

            // Remplit l'index de classement depuis les demandes actives existantes (ADR 0020) ; ensuite il suit
            // chaque écriture, chaque import et chaque recalcul de la cotation.
            migrationBuilder.Sql(
                """
                INSERT INTO "ClassementsDemandes" ("DemandeId", "Rang", "CommuneCode", "CleScore", "DateDepot",
                    "TypologiesSouhaitees", "ProduitsEligibles", "NombrePersonnes")
                SELECT c."DemandeId", c."Rang", c."CommuneCode",
                    COALESCE(CAST(ROUND(d."Score" * 100) AS bigint), -9223372036854775807 - 1),
                    d."DateDepot", d."TypologiesSouhaitees", d."ProduitsEligibles", d."NombrePersonnes"
                FROM "CommunesSouhaitees" AS c JOIN "Demandes" AS d ON d."Id" = c."DemandeId"
                WHERE d."Statut" = 0 AND d."DatePurge" IS NULL
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClassementsDemandes");
        }
    }
}
