using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Requêtes de l'attribution partagées par plusieurs pages et par les bancs d'essai : les candidats d'un logement et
/// le seuil du premier quartile qui les marque (les logements visibles sont dans <see
/// cref="RequetesAttributionParc"/>).
/// </summary>
public static class RequetesAttribution
{
    /// <summary>
    /// Les demandes candidates à un logement, dans l'ordre de la cotation (CCH L441-2-8) : actives, souhaitant la
    /// commune et la typologie, éligibles aux plafonds du financement du logement, de taille compatible avec le
    /// logement (<see cref="PeuplementLogement"/>). Le seuil du premier quartile est celui de l'EPCI du logement.
    /// </summary>
    public static async Task<IReadOnlyList<CandidatMarque>> CandidatsAsync(
        PilotisDbContext db,
        Logement logement,
        int annee,
        int limite,
        CancellationToken ct = default
    ) => await CandidatsAsync(db, logement, annee, limite, null, ct);

    /// <summary>Les candidats, restreints aux demandes choisies d'une désignation quand elles sont données.</summary>
    public static async Task<IReadOnlyList<CandidatMarque>> CandidatsAsync(
        PilotisDbContext db,
        Logement logement,
        int annee,
        int limite,
        IReadOnlyCollection<long>? restreindreA,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logement);
        // Les bornes de taille viennent du domaine (PeuplementLogement) ; l'index les applique, la demande relue
        // les vérifie encore (RequetesDemande.ClasserPourLogementAsync).
        var personnes = (
            PeuplementLogement.PersonnesMinimum(logement.Typologie),
            PeuplementLogement.PersonnesMaximum(logement.Surface)
        );
        var classes = await RequetesDemande.ClasserPourLogementAsync(
            db,
            logement.CommuneCode,
            CorrespondancesLogement.Typologie(logement.Typologie),
            CorrespondancesLogement.Produit(logement.Financement),
            personnes,
            limite,
            Restriction(restreindreA),
            ct
        );
        var seuil = await SeuilDuLogementAsync(db, logement.CommuneCode, annee, ct);
        return classes
            .Select(c => new CandidatMarque(
                c,
                c.Dalo,
                c.Prioritaire,
                QuotasAttribution.PremierQuartile(c.RessourcesParUc, seuil)
            ))
            .ToList();
    }

    private static Expression<Func<DemandeLogement, bool>>? Restriction(IReadOnlyCollection<long>? restreindreA)
    {
        if (restreindreA is null)
            return null;
        var ids = restreindreA.ToList();
        return d => ids.Contains(d.Id);
    }

    /// <summary>Seuil du premier quartile de l'EPCI de la commune pour l'année (null hors EPCI ou sans donnée), lu
    /// une fois par EPCI et par année puis gardé (<see cref="CacheSeuilsQuartile"/>, ADR 0020).</summary>
    public static async Task<decimal?> SeuilDuLogementAsync(
        PilotisDbContext db,
        string communeCode,
        int annee,
        CancellationToken ct
    )
    {
        var epci = await db
            .Communes.AsNoTracking()
            .Where(c => c.Code == communeCode && c.Type == TypeCommune.Actuelle)
            .Select(c => c.EpciSiren)
            .FirstOrDefaultAsync(ct);
        if (epci is null)
            return null;
        return (await CacheSeuilsQuartile.SeuilAsync(db, epci, annee, ct)).Valeur;
    }
}
