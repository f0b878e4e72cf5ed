using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NumeroAttribution = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BailleurId = table.Column<int>(type: "integer", nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    LogementEnQpv = table.Column<bool>(type: "boolean", nullable: false),
                    Contingent = table.Column<int>(type: "integer", nullable: false),
                    DateSignatureBail = table.Column<DateOnly>(type: "date", nullable: false),
                    RessourcesAnnuellesParUc = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Dalo = table.Column<bool>(type: "boolean", nullable: false),
                    Prioritaire = table.Column<bool>(type: "boolean", nullable: false),
                    RelogementRenouvellementUrbain = table.Column<bool>(type: "boolean", nullable: false),
                    NumeroUnique = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ModifieLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
