using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Sqlite.Migrations
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
                column: "DepartementCode");

            migrationBuilder.CreateIndex(
                name: "IX_LotsOperation_OperationId",
                table: "LotsOperation",
                column: "OperationId");
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
