using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EquilibreOperation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParametresFinanciers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Valeur = table.Column<decimal>(type: "TEXT", precision: 14, scale: 6, nullable: false),
                    ValideDepuis = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AConfirmer = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false),
                    ModifiePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParametresFinanciers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParametresFinanciers_Code_ValideDepuis",
                table: "ParametresFinanciers",
                columns: new[] { "Code", "ValideDepuis" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ParametresFinanciers");
        }
    }
}
