using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Phase = table.Column<int>(type: "integer", nullable: false),
                    HabitantsRencontres = table.Column<int>(type: "integer", nullable: false),
                    Questions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Acceptation = table.Column<int>(type: "integer", nullable: false),
                    Issue = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Demonstration = table.Column<bool>(type: "boolean", nullable: false),
                    CreeeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ModifieeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Lieu = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Theme = table.Column<int>(type: "integer", nullable: false),
                    Formateur = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Capacite = table.Column<int>(type: "integer", nullable: false),
                    Demonstration = table.Column<bool>(type: "boolean", nullable: false),
                    CreeeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ModifieeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionsFormation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InscriptionsFormation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Mandat = table.Column<int>(type: "integer", nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    EpciSiren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    DepartementCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Courriel = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: true),
                    Note = table.Column<int>(type: "integer", nullable: true),
                    Commentaire = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReponduLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InscritLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
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
