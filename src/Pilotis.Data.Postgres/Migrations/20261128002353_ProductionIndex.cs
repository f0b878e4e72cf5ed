using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProductionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Operations_DepartementCode",
                table: "Operations",
                column: "DepartementCode")
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_LotsOperation_OperationId",
                table: "LotsOperation",
                column: "OperationId")
                .Annotation("Npgsql:IndexInclude", new[] { "DateAgrement", "NombreLogements", "Produit" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Operations_DepartementCode",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_LotsOperation_OperationId",
                table: "LotsOperation");
        }
    }
}
