using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FormationEtConcertation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionsConcertation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    HabitantsRencontres = table.Column<int>(type: "INTEGER", nullable: false),
                    Questions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Acceptation = table.Column<int>(type: "INTEGER", nullable: false),
                    Issue = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Demonstration = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreeeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    ModifieeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionsConcertation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionsConcertation_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionsFormation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Lieu = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Theme = table.Column<int>(type: "INTEGER", nullable: false),
                    Formateur = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Capacite = table.Column<int>(type: "INTEGER", nullable: false),
                    Demonstration = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreeeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    ModifieeLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionsFormation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InscriptionsFormation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Mandat = table.Column<int>(type: "INTEGER", nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    EpciSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    DepartementCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Courriel = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Present = table.Column<bool>(type: "INTEGER", nullable: true),
                    Note = table.Column<int>(type: "INTEGER", nullable: true),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReponduLe = table.Column<long>(type: "INTEGER", nullable: true),
                    InscritLe = table.Column<long>(type: "INTEGER", nullable: false),
                    Jeton = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InscriptionsFormation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InscriptionsFormation_SessionsFormation_SessionId",
                        column: x => x.SessionId,
                        principalTable: "SessionsFormation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionsConcertation_Date",
                table: "ActionsConcertation",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_ActionsConcertation_OperationId_Date",
                table: "ActionsConcertation",
                columns: new[] { "OperationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_InscriptionsFormation_DepartementCode_CommuneCode",
                table: "InscriptionsFormation",
                columns: new[] { "DepartementCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_InscriptionsFormation_SessionId_Courriel",
                table: "InscriptionsFormation",
                columns: new[] { "SessionId", "Courriel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionsFormation_DepartementCode_Date",
                table: "SessionsFormation",
                columns: new[] { "DepartementCode", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionsConcertation");

            migrationBuilder.DropTable(
                name: "InscriptionsFormation");

            migrationBuilder.DropTable(
                name: "SessionsFormation");
        }
    }
}
