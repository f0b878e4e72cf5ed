using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AttributionParcours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "VoixPreponderanteUtilisee",
                table: "DecisionsCaleol",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "VotesContre",
                table: "DecisionsCaleol",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VotesPour",
                table: "DecisionsCaleol",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BesoinsCil",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Typologie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Public = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NombreLogements = table.Column<int>(type: "INTEGER", nullable: false),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BesoinsCil", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BesoinsCil_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EtapesReformeEpci",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Etape = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferenceActe = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EtapesReformeEpci", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GroupesInterReservataires",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreeLe = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "ObjectifsCia",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    PartEnQpv = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectifsCia", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PointsAccueil",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Adresse = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsAccueil", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReunionsCil",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CommunesRepresentees = table.Column<string>(type: "TEXT", nullable: false),
                    ModifieLe = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReunionsCil", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MembresGir",
                columns: table => new
                {
                    GroupeId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "IX_BesoinsCil_CommuneCode",
                table: "BesoinsCil",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_BesoinsCil_EpciSiren_Date",
                table: "BesoinsCil",
                columns: new[] { "EpciSiren", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_BesoinsCil_OrganisationId",
                table: "BesoinsCil",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_EtapesReformeEpci_EpciSiren_Etape",
                table: "EtapesReformeEpci",
                columns: new[] { "EpciSiren", "Etape" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_ObjectifsCia_EpciSiren_Annee",
                table: "ObjectifsCia",
                columns: new[] { "EpciSiren", "Annee" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointsAccueil_EpciSiren",
                table: "PointsAccueil",
                column: "EpciSiren");

            migrationBuilder.CreateIndex(
                name: "IX_ReunionsCil_EpciSiren_Date",
                table: "ReunionsCil",
                columns: new[] { "EpciSiren", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BesoinsCil");

            migrationBuilder.DropTable(
                name: "EtapesReformeEpci");

            migrationBuilder.DropTable(
                name: "MembresGir");

            migrationBuilder.DropTable(
                name: "ObjectifsCia");

            migrationBuilder.DropTable(
                name: "PointsAccueil");

            migrationBuilder.DropTable(
                name: "ReunionsCil");

            migrationBuilder.DropTable(
                name: "GroupesInterReservataires");

            migrationBuilder.DropColumn(
                name: "VoixPreponderanteUtilisee",
                table: "DecisionsCaleol");

            migrationBuilder.DropColumn(
                name: "VotesContre",
                table: "DecisionsCaleol");

            migrationBuilder.DropColumn(
                name: "VotesPour",
                table: "DecisionsCaleol");
        }
    }
}
