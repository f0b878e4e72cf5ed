using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FeuilleDeRoute : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_ObjectifsFeuilleDeRoute_DepartementCode_Annee_CodeIndicateur",
                table: "ObjectifsFeuilleDeRoute",
                columns: new[] { "DepartementCode", "Annee", "CodeIndicateur" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuivisPropositionsNationales_DepartementCode_CodePropositio~",
                table: "SuivisPropositionsNationales",
                columns: new[] { "DepartementCode", "CodeProposition", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ObjectifsFeuilleDeRoute");

            migrationBuilder.DropTable(
                name: "SuivisPropositionsNationales");
        }
    }
}
