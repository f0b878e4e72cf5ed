using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Financement.Equilibre;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>
/// Équilibre d'opération et propositions nationales (ticket 13, point 2) : l'équilibre d'une opération que l'on peut
/// lire, et le portefeuille programmé d'un département sous chaque scénario (DDTM, DREAL, financeur).
/// </summary>
public static class EquilibreApi
{
    public static void MapEquilibreApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/operations/{id}/equilibre", EquilibreOperationAsync)
            .RequireAuthorization()
            .WithTags("Financement")
            .WithSummary("Équilibre d'une opération sous la loi actuelle et les propositions nationales")
            .WithDescription(
                "Scénarios dans l'ordre : loi-actuelle, tva-5-5, sans-garantie, rls, zonage-abc, abattement-foncier, "
                    + "ensemble. Montants en euros, arrondis au centime ; annees : flux de trésorerie annuels sur la "
                    + "durée des prêts. 400 pour un identifiant illisible, 403 si l'opération n'est pas visible, 404 "
                    + "si elle n'existe pas (problem details en français)."
            )
            .Produces<ReponseEquilibre>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/financement/propositions", PropositionsAsync)
            .RequireAuthorization()
            .WithTags("Financement")
            .WithSummary("Propositions nationales sur les opérations programmées d'un département")
            .WithDescription(
                "Paramètres : departement (obligatoire, code INSEE : 30, 2A, 971), annee (facultative, année de "
                    + "programmation ; toutes sans elle). Opérations ni annulées ni supprimées. 400 (problem details "
                    + "en français) pour un paramètre invalide ; 403 hors du territoire de l'acteur."
            )
            .Produces<ReponsePropositions>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static IResult Interdit(string message) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Accès refusé", detail: message);

    private static async Task<IResult> EquilibreOperationAsync(
        string id,
        PilotisDbContext db,
        ActeurCourant acteurCourant,
        TimeProvider horloge,
        CancellationToken ct
    )
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var numero))
            return Invalide("id", $"« {Francais.Extrait(id)} » n'est pas un identifiant d'opération (nombre entier).");
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Interdit("Aucune organisation active n'est rattachée à ce compte.");
        var operation = await db
            .Operations.AsNoTracking()
            .Include(o => o.Lots)
            .Include(o => o.Financements)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == numero, ct);
        if (operation is null)
            return Introuvable($"Aucune opération d'identifiant {numero}.");
        if (!Habilitations.Autorise(acteur, Ressource.Operations, Acte.Lire, operation.Cible()))
            return Interdit("Cette opération n'est pas visible pour votre organisation.");
        var date = Affichage.JourAParis(horloge.GetUtcNow());
        var resultats = await RequetesEquilibre.EquilibreAsync(db, operation, date, ct);
        return Results.Ok(
            new ReponseEquilibre(
                operation.Id,
                operation.Numero,
                operation.Nom,
                date,
                [.. resultats.Select(ScenarioEquilibreApi.Depuis)]
            )
        );
    }

    private static async Task<IResult> PropositionsAsync(
        string? departement,
        string? annee,
        PilotisDbContext db,
        ActeurCourant acteurCourant,
        TimeProvider horloge,
        CancellationToken ct
    )
    {
        int? a = null;
        if (annee is not null)
        {
            var (lue, erreur) = ProductionApi.LireAnnee(annee);
            if (erreur is not null)
                return erreur;
            a = lue;
        }
        if (string.IsNullOrWhiteSpace(departement))
            return Invalide("departement", "Le paramètre « departement » est obligatoire (ex. departement=30).");
        var code = departement.Trim();
        if (!RequetesTerritoire.CodeDepartementValide(code))
            return Invalide("departement", $"« {Francais.Extrait(code)} » n'est pas un code de département (ex. 30).");
        var region = await db.Departements.Where(d => d.Code == code).Select(d => d.RegionCode).FirstOrDefaultAsync(ct);
        if (region is null)
            return Invalide("departement", $"Aucun département de code « {Francais.Extrait(code)} ».");
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LirePropositions(acteur))
            return Interdit("Les propositions sur le portefeuille sont réservées à l'État et aux financeurs.");
        var portee = Habilitations.PorteeAccordee(acteur, Ressource.Operations, Acte.Lire);
        if (portee == Portee.Region ? region != acteur.RegionCode : code != acteur.DepartementCode)
            return Interdit($"Le département {code} n'est pas dans votre territoire.");
        var visibles = db
            .Operations.Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Lire))
            .Where(o => o.DepartementCode == code);
        var pipeline = await RequetesEquilibre.PipelineAsync(
            db,
            visibles,
            a,
            Affichage.JourAParis(horloge.GetUtcNow()),
            ct
        );
        var syntheses = ComparaisonPropositions.Synthese(pipeline.Select(o => o.Resultats));
        return Results.Ok(
            new ReponsePropositions(
                code,
                a,
                pipeline.Count,
                [
                    .. syntheses.Select(s => new SynthesePropositionApi(
                        s.Scenario.Code,
                        s.Scenario.Libelle,
                        s.Calculables,
                        s.Equilibrees,
                        s.DevenuesEquilibrees,
                        s.FondsPropresMoyensParLogement
                    )),
                ],
                [
                    .. pipeline.Select(o => new OperationPropositionApi(
                        o.Id,
                        o.Numero,
                        o.Nom,
                        o.CommuneCode,
                        o.Logements,
                        [
                            .. o.Resultats.Select(r => new EquilibreScenarioApi(
                                r.Scenario.Code,
                                r.Calculable,
                                r.Equilibree,
                                r.FondsPropresParLogement
                            )),
                        ]
                    )),
                ]
            )
        );
    }
}
