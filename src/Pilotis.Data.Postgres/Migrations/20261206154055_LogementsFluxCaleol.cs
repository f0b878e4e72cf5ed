using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LogementsFluxCaleol : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DemandeId",
                table: "BauxSignes",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LogementAAttribuerId",
                table: "BauxSignes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LogementId",
                table: "BauxSignes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CommissionsCaleol",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BailleurId = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TerritoireCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    VoixPreponderante = table.Column<int>(type: "integer", nullable: false),
                    Quorum = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommissionsCaleol", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommissionsCaleol_Organisations_BailleurId",
                        column: x => x.BailleurId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConventionsFlux",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BailleurId = table.Column<int>(type: "integer", nullable: false),
                    ReservataireId = table.Column<int>(type: "integer", nullable: false),
                    Contingent = table.Column<int>(type: "integer", nullable: false),
                    DepartementCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    PartFlux = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    PartAgentsEtat = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    PartT1T2 = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    PartT3 = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    PartT4Plus = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Territoires = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DateDebut = table.Column<DateOnly>(type: "date", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "date", nullable: false),
                    Contrepartie = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ModalitesDesignation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReservationsConverties = table.Column<int>(type: "integer", nullable: false),
                    TauxRotationReserves = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    FluxAnnuelPrevisionnel = table.Column<int>(type: "integer", nullable: true),
                    Statut = table.Column<int>(type: "integer", nullable: false),
                    SigneeLe = table.Column<DateOnly>(type: "date", nullable: true),
                    ModifieLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConventionsFlux", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConventionsFlux_Organisations_BailleurId",
                        column: x => x.BailleurId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConventionsFlux_Organisations_ReservataireId",
                        column: x => x.ReservataireId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Logements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IdentifiantRpls = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BailleurId = table.Column<int>(type: "integer", nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Adresse = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnQpv = table.Column<bool>(type: "boolean", nullable: false),
                    Typologie = table.Column<int>(type: "integer", nullable: false),
                    Surface = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    Financement = table.Column<int>(type: "integer", nullable: false),
                    AnneeConstruction = table.Column<int>(type: "integer", nullable: false),
                    LoyerMensuel = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    EtiquetteEnergie = table.Column<char>(type: "character(1)", nullable: true),
                    Occupation = table.Column<int>(type: "integer", nullable: false),
                    ReservationNonConvertie = table.Column<int>(type: "integer", nullable: false),
                    ReservataireStockId = table.Column<int>(type: "integer", nullable: true),
                    OperationId = table.Column<int>(type: "integer", nullable: true),
                    ModifieLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Logements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Logements_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Logements_Organisations_BailleurId",
                        column: x => x.BailleurId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Logements_Organisations_ReservataireStockId",
                        column: x => x.ReservataireStockId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MembresCaleol",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommissionId = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Qualite = table.Column<int>(type: "integer", nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembresCaleol", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembresCaleol_CommissionsCaleol_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "CommissionsCaleol",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeancesCaleol",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommissionId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Lieu = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Close = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeancesCaleol", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeancesCaleol_CommissionsCaleol_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "CommissionsCaleol",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LogementsAAttribuer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LogementId = table.Column<int>(type: "integer", nullable: false),
                    Origine = table.Column<int>(type: "integer", nullable: false),
                    DateConge = table.Column<DateOnly>(type: "date", nullable: true),
                    DateDisponibilite = table.Column<DateOnly>(type: "date", nullable: false),
                    Exclusion = table.Column<int>(type: "integer", nullable: false),
                    ReservationNonConvertie = table.Column<int>(type: "integer", nullable: false),
                    Etape = table.Column<int>(type: "integer", nullable: false),
                    ReservataireProposeId = table.Column<int>(type: "integer", nullable: true),
                    ContingentPropose = table.Column<int>(type: "integer", nullable: true),
                    ExplicationOrientation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReservataireId = table.Column<int>(type: "integer", nullable: true),
                    Contingent = table.Column<int>(type: "integer", nullable: true),
                    MotifDerogation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OrienteLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExceptionCandidats = table.Column<int>(type: "integer", nullable: false),
                    DeclareLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LogementsAAttribuer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LogementsAAttribuer_Logements_LogementId",
                        column: x => x.LogementId,
                        principalTable: "Logements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LogementsAAttribuer_Organisations_ReservataireId",
                        column: x => x.ReservataireId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LogementsAAttribuer_Organisations_ReservataireProposeId",
                        column: x => x.ReservataireProposeId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PresencesCaleol",
                columns: table => new
                {
                    SeanceId = table.Column<int>(type: "integer", nullable: false),
                    MembreId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresencesCaleol", x => new { x.SeanceId, x.MembreId });
                    table.ForeignKey(
                        name: "FK_PresencesCaleol_MembresCaleol_MembreId",
                        column: x => x.MembreId,
                        principalTable: "MembresCaleol",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PresencesCaleol_SeancesCaleol_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "SeancesCaleol",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionsCaleol",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeanceId = table.Column<int>(type: "integer", nullable: false),
                    LogementAAttribuerId = table.Column<int>(type: "integer", nullable: false),
                    DemandeId = table.Column<long>(type: "bigint", nullable: false),
                    Nature = table.Column<int>(type: "integer", nullable: false),
                    Rang = table.Column<int>(type: "integer", nullable: true),
                    Motif = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DateOffre = table.Column<DateOnly>(type: "date", nullable: true),
                    Reponse = table.Column<int>(type: "integer", nullable: false),
                    MotifRefus = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DateReponse = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionsCaleol", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionsCaleol_Demandes_DemandeId",
                        column: x => x.DemandeId,
                        principalTable: "Demandes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionsCaleol_LogementsAAttribuer_LogementAAttribuerId",
                        column: x => x.LogementAAttribuerId,
                        principalTable: "LogementsAAttribuer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionsCaleol_SeancesCaleol_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "SeancesCaleol",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Designations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LogementAAttribuerId = table.Column<int>(type: "integer", nullable: false),
                    DemandeId = table.Column<long>(type: "bigint", nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    DesigneParId = table.Column<int>(type: "integer", nullable: false),
                    DesigneLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Dalo = table.Column<bool>(type: "boolean", nullable: false),
                    Prioritaire = table.Column<bool>(type: "boolean", nullable: false),
                    PremierQuartile = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Designations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Designations_Demandes_DemandeId",
                        column: x => x.DemandeId,
                        principalTable: "Demandes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Designations_LogementsAAttribuer_LogementAAttribuerId",
                        column: x => x.LogementAAttribuerId,
                        principalTable: "LogementsAAttribuer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Designations_Organisations_DesigneParId",
                        column: x => x.DesigneParId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InscriptionsSeance",
                columns: table => new
                {
                    SeanceId = table.Column<int>(type: "integer", nullable: false),
                    LogementAAttribuerId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InscriptionsSeance", x => new { x.SeanceId, x.LogementAAttribuerId });
                    table.ForeignKey(
                        name: "FK_InscriptionsSeance_LogementsAAttribuer_LogementAAttribuerId",
                        column: x => x.LogementAAttribuerId,
                        principalTable: "LogementsAAttribuer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InscriptionsSeance_SeancesCaleol_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "SeancesCaleol",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BauxSignes_LogementAAttribuerId",
                table: "BauxSignes",
                column: "LogementAAttribuerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BauxSignes_LogementId",
                table: "BauxSignes",
                column: "LogementId");

            migrationBuilder.CreateIndex(
                name: "IX_CommissionsCaleol_BailleurId",
                table: "CommissionsCaleol",
                column: "BailleurId");

            migrationBuilder.CreateIndex(
                name: "IX_ConventionsFlux_BailleurId_DepartementCode",
                table: "ConventionsFlux",
                columns: new[] { "BailleurId", "DepartementCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ConventionsFlux_ReservataireId",
                table: "ConventionsFlux",
                column: "ReservataireId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionsCaleol_DemandeId",
                table: "DecisionsCaleol",
                column: "DemandeId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionsCaleol_LogementAAttribuerId",
                table: "DecisionsCaleol",
                column: "LogementAAttribuerId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionsCaleol_SeanceId_LogementAAttribuerId_DemandeId",
                table: "DecisionsCaleol",
                columns: new[] { "SeanceId", "LogementAAttribuerId", "DemandeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Designations_DemandeId",
                table: "Designations",
                column: "DemandeId");

            migrationBuilder.CreateIndex(
                name: "IX_Designations_DesigneParId",
                table: "Designations",
                column: "DesigneParId");

            migrationBuilder.CreateIndex(
                name: "IX_Designations_LogementAAttribuerId_DemandeId",
                table: "Designations",
                columns: new[] { "LogementAAttribuerId", "DemandeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InscriptionsSeance_LogementAAttribuerId",
                table: "InscriptionsSeance",
                column: "LogementAAttribuerId");

            migrationBuilder.CreateIndex(
                name: "IX_Logements_BailleurId_CommuneCode",
                table: "Logements",
                columns: new[] { "BailleurId", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Logements_CommuneCode_Typologie",
                table: "Logements",
                columns: new[] { "CommuneCode", "Typologie" });

            migrationBuilder.CreateIndex(
                name: "IX_Logements_IdentifiantRpls",
                table: "Logements",
                column: "IdentifiantRpls",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Logements_OperationId",
                table: "Logements",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_Logements_ReservataireStockId",
                table: "Logements",
                column: "ReservataireStockId");

            migrationBuilder.CreateIndex(
                name: "IX_LogementsAAttribuer_DateDisponibilite_Etape",
                table: "LogementsAAttribuer",
                columns: new[] { "DateDisponibilite", "Etape" });

            migrationBuilder.CreateIndex(
                name: "IX_LogementsAAttribuer_LogementId_DateDisponibilite",
                table: "LogementsAAttribuer",
                columns: new[] { "LogementId", "DateDisponibilite" });

            migrationBuilder.CreateIndex(
                name: "IX_LogementsAAttribuer_ReservataireId_DateDisponibilite",
                table: "LogementsAAttribuer",
                columns: new[] { "ReservataireId", "DateDisponibilite" });

            migrationBuilder.CreateIndex(
                name: "IX_LogementsAAttribuer_ReservataireProposeId",
                table: "LogementsAAttribuer",
                column: "ReservataireProposeId");

            migrationBuilder.CreateIndex(
                name: "IX_MembresCaleol_CommissionId",
                table: "MembresCaleol",
                column: "CommissionId");

            migrationBuilder.CreateIndex(
                name: "IX_PresencesCaleol_MembreId",
                table: "PresencesCaleol",
                column: "MembreId");

            migrationBuilder.CreateIndex(
                name: "IX_SeancesCaleol_CommissionId_Date",
                table: "SeancesCaleol",
                columns: new[] { "CommissionId", "Date" });

            migrationBuilder.AddForeignKey(
                name: "FK_BauxSignes_LogementsAAttribuer_LogementAAttribuerId",
                table: "BauxSignes",
                column: "LogementAAttribuerId",
                principalTable: "LogementsAAttribuer",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_BauxSignes_Logements_LogementId",
                table: "BauxSignes",
                column: "LogementId",
                principalTable: "Logements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BauxSignes_LogementsAAttribuer_LogementAAttribuerId",
                table: "BauxSignes");

            migrationBuilder.DropForeignKey(
                name: "FK_BauxSignes_Logements_LogementId",
                table: "BauxSignes");

            migrationBuilder.DropTable(
                name: "ConventionsFlux");

            migrationBuilder.DropTable(
                name: "DecisionsCaleol");

            migrationBuilder.DropTable(
                name: "Designations");

            migrationBuilder.DropTable(
                name: "InscriptionsSeance");

            migrationBuilder.DropTable(
                name: "PresencesCaleol");

            migrationBuilder.DropTable(
                name: "LogementsAAttribuer");

            migrationBuilder.DropTable(
                name: "MembresCaleol");

            migrationBuilder.DropTable(
                name: "SeancesCaleol");

            migrationBuilder.DropTable(
                name: "Logements");

            migrationBuilder.DropTable(
                name: "CommissionsCaleol");

            migrationBuilder.DropIndex(
                name: "IX_BauxSignes_LogementAAttribuerId",
                table: "BauxSignes");

            migrationBuilder.DropIndex(
                name: "IX_BauxSignes_LogementId",
                table: "BauxSignes");

            migrationBuilder.DropColumn(
                name: "DemandeId",
                table: "BauxSignes");

            migrationBuilder.DropColumn(
                name: "LogementAAttribuerId",
                table: "BauxSignes");

            migrationBuilder.DropColumn(
                name: "LogementId",
                table: "BauxSignes");
        }
    }
}
