using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Production : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EcheancesDepot",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    Libelle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MoisDebut = table.Column<int>(type: "integer", nullable: false),
                    MoisFin = table.Column<int>(type: "integer", nullable: false),
                    DateLimite = table.Column<DateOnly>(type: "date", nullable: false),
                    Commentaire = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EcheancesDepot", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnveloppesProgrammation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    DepartementCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    EpciSiren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    Montant = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnveloppesProgrammation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExigencesDepot",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Libelle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Genre = table.Column<int>(type: "integer", nullable: false),
                    Natures = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Produits = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Obligatoire = table.Column<bool>(type: "boolean", nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExigencesDepot", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ObjectifsProgrammation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    DepartementCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    EpciSiren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    Produit = table.Column<int>(type: "integer", nullable: false),
                    Logements = table.Column<int>(type: "integer", nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectifsProgrammation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Operations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Numero = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BailleurId = table.Column<int>(type: "integer", nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    EpciSiren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    DepartementCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Adresse = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Nature = table.Column<int>(type: "integer", nullable: false),
                    Statut = table.Column<int>(type: "integer", nullable: false),
                    ChargeFonciere = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    CoutBatiment = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Honoraires = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Vrd = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    DateDepot = table.Column<DateOnly>(type: "date", nullable: true),
                    DateDossierComplet = table.Column<DateOnly>(type: "date", nullable: true),
                    DateAgrement = table.Column<DateOnly>(type: "date", nullable: true),
                    DateOuvertureChantier = table.Column<DateOnly>(type: "date", nullable: true),
                    DateLivraison = table.Column<DateOnly>(type: "date", nullable: true),
                    DateMiseEnService = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletudeAuDepot = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    Motif = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AnneeProgrammation = table.Column<int>(type: "integer", nullable: true),
                    MoisAgrementPrevu = table.Column<int>(type: "integer", nullable: true),
                    FoncierMaitrise = table.Column<bool>(type: "boolean", nullable: false),
                    Permis = table.Column<int>(type: "integer", nullable: false),
                    FinancementBoucle = table.Column<bool>(type: "boolean", nullable: false),
                    CreeeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ModifieeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operations_Organisations_BailleurId",
                        column: x => x.BailleurId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RevuesProjets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EpciSiren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    DepartementCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    Numero = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Statut = table.Column<int>(type: "integer", nullable: false),
                    CompteRendu = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevuesProjets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DemandesComplement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Pieces = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DemandeeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DemandeePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Reponse = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RepondueLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReponduePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandesComplement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemandesComplement_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Difficultes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    Categorie = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SignaleeLe = table.Column<DateOnly>(type: "date", nullable: false),
                    SignaleePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EscaladeeLe = table.Column<DateOnly>(type: "date", nullable: true),
                    ResolueLe = table.Column<DateOnly>(type: "date", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Jeton = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Difficultes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Difficultes_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentsOperation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    Piece = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    NomFichier = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Stockage = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Taille = table.Column<long>(type: "bigint", nullable: false),
                    TypeContenu = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DeposeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeposePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentsOperation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentsOperation_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvenementsOperation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    Quand = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Libelle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Auteur = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvenementsOperation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvenementsOperation_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FinancementsOperation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Financeur = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Montant = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinancementsOperation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinancementsOperation_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstantanesOperation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    Phase = table.Column<int>(type: "integer", nullable: false),
                    PrisLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Contenu = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstantanesOperation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstantanesOperation_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LotsOperation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    Produit = table.Column<int>(type: "integer", nullable: false),
                    NombreLogements = table.Column<int>(type: "integer", nullable: false),
                    T1 = table.Column<int>(type: "integer", nullable: false),
                    T2 = table.Column<int>(type: "integer", nullable: false),
                    T3 = table.Column<int>(type: "integer", nullable: false),
                    T4 = table.Column<int>(type: "integer", nullable: false),
                    T5 = table.Column<int>(type: "integer", nullable: false),
                    T6 = table.Column<int>(type: "integer", nullable: false),
                    SurfaceHabitable = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    SurfaceAnnexes = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    LoyerM2 = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    DateAgrement = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LotsOperation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LotsOperation_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuivisDifficulte",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DifficulteId = table.Column<int>(type: "integer", nullable: false),
                    RevueProjetsId = table.Column<int>(type: "integer", nullable: true),
                    Decision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Action = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Responsable = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Echeance = table.Column<DateOnly>(type: "date", nullable: true),
                    Faite = table.Column<bool>(type: "boolean", nullable: false),
                    CreeLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Auteur = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuivisDifficulte", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuivisDifficulte_Difficultes_DifficulteId",
                        column: x => x.DifficulteId,
                        principalTable: "Difficultes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SuivisDifficulte_RevuesProjets_RevueProjetsId",
                        column: x => x.RevueProjetsId,
                        principalTable: "RevuesProjets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemandesComplement_OperationId",
                table: "DemandesComplement",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_Difficultes_OperationId_ResolueLe",
                table: "Difficultes",
                columns: new[] { "OperationId", "ResolueLe" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentsOperation_OperationId_Piece_Version",
                table: "DocumentsOperation",
                columns: new[] { "OperationId", "Piece", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EcheancesDepot_DepartementCode_Annee",
                table: "EcheancesDepot",
                columns: new[] { "DepartementCode", "Annee" });

            migrationBuilder.CreateIndex(
                name: "IX_EnveloppesProgrammation_Annee_DepartementCode_EpciSiren",
                table: "EnveloppesProgrammation",
                columns: new[] { "Annee", "DepartementCode", "EpciSiren" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvenementsOperation_OperationId",
                table: "EvenementsOperation",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_ExigencesDepot_DepartementCode_Code",
                table: "ExigencesDepot",
                columns: new[] { "DepartementCode", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinancementsOperation_OperationId",
                table: "FinancementsOperation",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_InstantanesOperation_OperationId_Phase",
                table: "InstantanesOperation",
                columns: new[] { "OperationId", "Phase" });

            migrationBuilder.CreateIndex(
                name: "IX_LotsOperation_DateAgrement",
                table: "LotsOperation",
                column: "DateAgrement");

            migrationBuilder.CreateIndex(
                name: "IX_LotsOperation_OperationId_Produit",
                table: "LotsOperation",
                columns: new[] { "OperationId", "Produit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObjectifsProgrammation_Annee_DepartementCode_EpciSiren_Prod~",
                table: "ObjectifsProgrammation",
                columns: new[] { "Annee", "DepartementCode", "EpciSiren", "Produit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Operations_AnneeProgrammation_DepartementCode",
                table: "Operations",
                columns: new[] { "AnneeProgrammation", "DepartementCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_BailleurId_Statut",
                table: "Operations",
                columns: new[] { "BailleurId", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_CommuneCode",
                table: "Operations",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_DepartementCode_Statut",
                table: "Operations",
                columns: new[] { "DepartementCode", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_EpciSiren",
                table: "Operations",
                column: "EpciSiren");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Numero",
                table: "Operations",
                column: "Numero",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RevuesProjets_EpciSiren_Annee_Numero",
                table: "RevuesProjets",
                columns: new[] { "EpciSiren", "Annee", "Numero" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuivisDifficulte_DifficulteId",
                table: "SuivisDifficulte",
                column: "DifficulteId");

            migrationBuilder.CreateIndex(
                name: "IX_SuivisDifficulte_RevueProjetsId",
                table: "SuivisDifficulte",
                column: "RevueProjetsId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemandesComplement");

            migrationBuilder.DropTable(
                name: "DocumentsOperation");

            migrationBuilder.DropTable(
                name: "EcheancesDepot");

            migrationBuilder.DropTable(
                name: "EnveloppesProgrammation");

            migrationBuilder.DropTable(
                name: "EvenementsOperation");

            migrationBuilder.DropTable(
                name: "ExigencesDepot");

            migrationBuilder.DropTable(
                name: "FinancementsOperation");

            migrationBuilder.DropTable(
                name: "InstantanesOperation");

            migrationBuilder.DropTable(
                name: "LotsOperation");

            migrationBuilder.DropTable(
                name: "ObjectifsProgrammation");

            migrationBuilder.DropTable(
                name: "SuivisDifficulte");

            migrationBuilder.DropTable(
                name: "Difficultes");

            migrationBuilder.DropTable(
                name: "RevuesProjets");

            migrationBuilder.DropTable(
                name: "Operations");
        }
    }
}
