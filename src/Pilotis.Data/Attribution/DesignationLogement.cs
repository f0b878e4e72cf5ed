using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demande;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Désignation des candidats d'un logement : la vérification d'éligibilité des ménages choisis (les mêmes critères que
/// la liste des candidats, sans limite de rang) et l'écriture, qui remplace la désignation précédente.
/// </summary>
public static class DesignationLogement
{
    /// <summary>Parmi les demandes choisies, celles qui sont candidates éligibles au logement, avec leurs
    /// marques.</summary>
    public static async Task<Dictionary<long, CandidatMarque>> EligiblesAsync(
        PilotisDbContext db,
        Logement logement,
        IReadOnlyCollection<long> demandes,
        int annee,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(logement);
        if (demandes.Count == 0)
            return [];
        var candidats = await RequetesAttribution.CandidatsAsync(
            db,
            logement,
            annee,
            RequetesDemande.LimiteClassement,
            demandes,
            ct
        );
        return candidats.ToDictionary(c => c.Candidat.Id);
    }

    /// <summary>Le refus qui nomme les ménages que le logement ne peut pas accueillir.</summary>
    public static async Task<string> MessageIneligiblesAsync(
        PilotisDbContext db,
        IReadOnlyCollection<long> refuses,
        CancellationToken ct
    )
    {
        var ids = refuses.ToList();
        var numeros = await db
            .Demandes.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .Select(d => d.NumeroUnique)
            .ToListAsync(ct);
        var liste = numeros.Count > 0 ? string.Join(", ", numeros.Order(StringComparer.Ordinal)) : "inconnue(s)";
        return $"Ces demandes ne peuvent pas être désignées pour ce logement : {liste}. Un candidat doit avoir une "
            + "demande active, souhaiter la commune et la typologie, respecter les plafonds de ressources du "
            + "financement et une taille de ménage adaptée au logement.";
    }

    public static async Task EnregistrerAsync(
        PilotisDbContext db,
        int logementAAttribuerId,
        IReadOnlyList<CandidatMarque> candidats,
        ExceptionTroisCandidats exception,
        int designePar,
        DateTimeOffset quand,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(candidats);
        var a = await db.LogementsAAttribuer.FirstAsync(x => x.Id == logementAAttribuerId, ct);
        var anciennes = await db.Designations.Where(d => d.LogementAAttribuerId == a.Id).ToListAsync(ct);
        db.Designations.RemoveRange(anciennes);
        var ordre = 0;
        foreach (var c in candidats)
        {
            db.Designations.Add(
                new Designation
                {
                    LogementAAttribuerId = a.Id,
                    DemandeId = c.Candidat.Id,
                    Ordre = ++ordre,
                    DesigneParId = designePar,
                    DesigneLe = quand,
                    Dalo = c.Dalo,
                    Prioritaire = c.Prioritaire,
                    PremierQuartile = c.PremierQuartile,
                }
            );
        }
        a.Etape = EtapeAttribution.CandidatsDesignes;
        a.ExceptionCandidats =
            candidats.Count >= ReglesDesignation.CandidatsMinimum ? ExceptionTroisCandidats.Aucune : exception;
        await db.SaveChangesAsync(ct);
    }
}
