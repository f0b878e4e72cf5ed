using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Production;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Lissage;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

public static class ProductionApi
{
    public const int AnneeMinimale = 1900;
    public const int AnneeMaximale = 2100;

    public static void MapProductionApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/statistiques/production").WithTags("Production").AllowAnonymous();

        // Lecture déportable vers une réplique (ConnectionStrings:PilotisLecture, ADR 0019).
        g.MapGet("/lissage", async (string? annee, string? departement, LecturePilotis lecture, CancellationToken ct) =>
            {
                var db = lecture.Db;
                var (a, erreur) = LireAnnee(annee);
                if (erreur is not null)
                    return erreur;
                if (departement is not null)
                {
                    if (!RequetesTerritoire.CodeDepartementValide(departement))
                        return Invalide(
                            "departement",
                            $"« {Francais.Extrait(departement)} » n'est pas un code de département (ex. 30, 2A, 971)."
                        );
                    if (!await db.Departements.AnyAsync(d => d.Code == departement, ct))
                        return Invalide(
                            "departement",
                            $"Aucun département de code « {Francais.Extrait(departement)} »."
                        );
                }
                var tableau = await StatistiquesLissage.CalculerAsync(db, a, departement, ct);
                return Results.Ok(ReponseLissage.Depuis(tableau));
            })
            .WithSummary(
                "Lissage des agréments : logements et opérations agréés par mois d'une "
                    + "année, France entière ou un département"
            )
            .WithDescription(
                "Un lot compte dans le mois de sa date d'agrément ; une opération "
                    + "compte une fois par mois même avec plusieurs lots "
                    + "(mais ses logements s'additionnent), et dans chaque mois où l'un de "
                    + "ses lots est agréé. Les opérations annulées ou supprimées "
                    + "ne comptent pas. Toujours 12 mois. partLogementsAgreesApres1erNovembre "
                    + "= logements de novembre et décembre / logements de l'année "
                    + "(0 quand l'année n'en compte aucun). Paramètres : annee (obligatoire, "
                    + "1900 à 2100), departement (facultatif, code INSEE : 30, 2A, 971). "
                    + "400 (problem details, message en français) pour une année absente ou "
                    + "hors bornes, ou un département inconnu."
            )
            .Produces<ReponseLissage>()
            .ProducesValidationProblem()
            .CacheOutput(Infrastructure.CacheStatistiques.Politique);
    }

    /// <summary>
    /// L'année est lue comme texte pour répondre en français (le binding d'un int refuserait « abc » sans message
    /// utile).
    /// </summary>
    public static (int Annee, IResult? Erreur) LireAnnee(string? annee)
    {
        if (string.IsNullOrWhiteSpace(annee))
            return (0, Invalide("annee", "Le paramètre « annee » est obligatoire (ex. annee=2025)."));
        if (!int.TryParse(annee.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var a))
            return (
                0,
                Invalide(
                    "annee",
                    $"Le paramètre « annee » doit être une année entière (ex. 2025), pas « {Francais.Extrait(annee)} »."
                )
            );
        if (a is < AnneeMinimale or > AnneeMaximale)
            return (
                0,
                Invalide("annee", $"Le paramètre « annee » doit être compris entre {AnneeMinimale} et {AnneeMaximale}.")
            );
        return (a, null);
    }
}
