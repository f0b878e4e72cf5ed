using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RessourcesRetenues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EvenementRessources",
                table: "Demandes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OrigineRessources",
                table: "Demandes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "RessourcesDouzeMois",
                table: "Demandes",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "RessourcesRetenues",
                table: "Demandes",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "RevenuFiscalReferenceN1",
                table: "Demandes",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            // Demandes existantes : la règle générale (revenu fiscal de référence N−2) est celle qu'elles suivaient.
            migrationBuilder.Sql("UPDATE \"Demandes\" SET \"RessourcesRetenues\" = \"RevenuFiscalReference\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EvenementRessources",
                table: "Demandes");

            migrationBuilder.DropColumn(
                name: "OrigineRessources",
                table: "Demandes");

            migrationBuilder.DropColumn(
                name: "RessourcesDouzeMois",
                table: "Demandes");

            migrationBuilder.DropColumn(
                name: "RessourcesRetenues",
                table: "Demandes");

            migrationBuilder.DropColumn(
                name: "RevenuFiscalReferenceN1",
                table: "Demandes");
        }
    }
}
