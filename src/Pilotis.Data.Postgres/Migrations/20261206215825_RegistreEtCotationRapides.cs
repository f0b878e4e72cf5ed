using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RegistreEtCotationRapides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Demandes_DepartementCode_DateDepot_Id",
                table: "Demandes",
                columns: new[] { "DepartementCode", "DateDepot", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Demandes_ModifieeLe",
                table: "Demandes",
                column: "ModifieeLe");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Demandes_DepartementCode_DateDepot_Id",
                table: "Demandes");

            migrationBuilder.DropIndex(
                name: "IX_Demandes_ModifieeLe",
                table: "Demandes");
        }
    }
}
