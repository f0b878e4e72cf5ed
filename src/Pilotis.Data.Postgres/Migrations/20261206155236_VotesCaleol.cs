using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pilotis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class VotesCaleol : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "VoixPreponderanteUtilisee",
                table: "DecisionsCaleol",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "VotesContre",
                table: "DecisionsCaleol",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VotesPour",
                table: "DecisionsCaleol",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
