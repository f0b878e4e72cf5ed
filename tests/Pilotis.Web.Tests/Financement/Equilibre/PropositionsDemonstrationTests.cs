using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Financement.Equilibre;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Financement.Equilibre;

/// <summary>
/// Le portefeuille de démonstration du Gard a de quoi comparer les propositions : des opérations équilibrées dès la
/// loi actuelle (seuil daté de fonds propres par logement), davantage avec l'ensemble des propositions.
/// </summary>
public abstract class PropositionsDemonstrationTests(PilotisFactory app)
{
    private Task<List<OperationPipeline>> PipelineAsync(int? annee, DateOnly date) =>
        app.ExecuterAsync(async db =>
        {
            var bailleurs = await db
                .Organisations.Where(o => o.Demonstration && o.Type == TypeOrganisation.Bailleur)
                .Select(o => o.Id)
                .ToListAsync();
            var demo = db.Operations.Where(o => bailleurs.Contains(o.BailleurId) && o.DepartementCode == "30");
            return await RequetesEquilibre.PipelineAsync(db, demo, annee, date, CancellationToken.None);
        });

    private static int Equilibrees(List<OperationPipeline> pipeline, string code) =>
        pipeline.Count(o => o.Resultats.Single(r => r.Scenario.Code == code).Equilibree);

    [Fact]
    public async Task La_demonstration_a_des_operations_equilibrees_sous_la_loi_actuelle_et_plus_avec_les_propositions()
    {
        var date = DateOnly.FromDateTime(DateTime.UtcNow);
        var tout = await PipelineAsync(null, date);
        var loi = Equilibrees(tout, ScenariosEquilibre.CodeLoiActuelle);
        var ensemble = Equilibrees(tout, ScenariosEquilibre.Ensemble.Code);
        Assert.True(loi > 0, $"Aucune opération de démonstration équilibrée sous la loi actuelle ({tout.Count}).");
        Assert.True(ensemble > loi, $"Loi actuelle {loi}, ensemble des propositions {ensemble}.");
        Assert.True(loi < tout.Count / 2, $"{loi} opérations équilibrées sur {tout.Count} : trop facile.");
        // L'année que la page montre par défaut (l'année en cours) a les siennes.
        var annee = await PipelineAsync(date.Year, date);
        var loiAnnee = Equilibrees(annee, ScenariosEquilibre.CodeLoiActuelle);
        Assert.True(loiAnnee > 0, $"Aucune opération de {date.Year} équilibrée sous la loi actuelle ({annee.Count}).");
        Assert.True(Equilibrees(annee, ScenariosEquilibre.Ensemble.Code) > loiAnnee);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class PropositionsDemonstrationSqlite(SqliteFactory app) : PropositionsDemonstrationTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class PropositionsDemonstrationPostgres(PostgresFactory app) : PropositionsDemonstrationTests(app);
