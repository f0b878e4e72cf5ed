using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class GroupesInterReservataires : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GroupesInterReservataires",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EpciSiren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupesInterReservataires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupesInterReservataires_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MembresGir",
                columns: table => new
                {
                    GroupeId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembresGir", x => new { x.GroupeId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_MembresGir_GroupesInterReservataires_GroupeId",
                        column: x => x.GroupeId,
                        principalTable: "GroupesInterReservataires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MembresGir_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GroupesInterReservataires_EpciSiren_CreeLe",
                table: "GroupesInterReservataires",
                columns: new[] { "EpciSiren", "CreeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupesInterReservataires_OperationId",
                table: "GroupesInterReservataires",
                column: "OperationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MembresGir_OrganisationId",
                table: "MembresGir",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MembresGir");

            migrationBuilder.DropTable(
                name: "GroupesInterReservataires");
        }
    }
}
