using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demande;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Requêtes partagées de l'attribution : les baux signés d'EPCI pour une année (tableau des objectifs, son détail,
/// ses exports) et les objectifs calculés par le domaine (CCH L441-1), avec l'objectif en QPV de la CIA.
/// </summary>
public static class RequetesObjectifsAttribution
{
    /// <summary>
    /// Les baux signés dans l'année dans les communes actuelles des EPCI (un bail compte dans l'EPCI de la commune du
    /// logement, l'année de sa signature : docs/adr/0015). Index (CommuneCode, DateSignatureBail).
    /// </summary>
    public static async Task<List<BailDetaille>> BauxAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string> epcis,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var debut = new DateOnly(annee, 1, 1);
        var fin = debut.AddYears(1);
        var liste = epcis.ToList();
        var requete =
            from b in db.BauxSignes.AsNoTracking()
            join c in db.Communes on b.CommuneCode equals c.Code
            join o in db.Organisations on b.BailleurId equals o.Id
            where
                c.Type == TypeCommune.Actuelle
                && c.EpciSiren != null
                && liste.Contains(c.EpciSiren)
                && b.DateSignatureBail >= debut
                && b.DateSignatureBail < fin
            orderby b.DateSignatureBail, b.Id
            select new BailDetaille(
                b.Id,
                b.NumeroAttribution,
                o.Nom,
                c.Code,
                c.Nom,
                c.EpciSiren!,
                b.LogementEnQpv,
                b.Contingent,
                b.DateSignatureBail,
                b.RessourcesAnnuellesParUc,
                b.Dalo,
                b.Prioritaire,
                b.RelogementRenouvellementUrbain
            );
        return await requete.ToListAsync(ct);
    }

    /// <summary>Les objectifs en QPV fixés par les CIA des EPCI pour l'année, par SIREN.</summary>
    public static Task<Dictionary<string, decimal>> ObjectifsCiaAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string> epcis,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var liste = epcis.ToList();
        return db
            .ObjectifsCia.AsNoTracking()
            .Where(o => o.Annee == annee && liste.Contains(o.EpciSiren))
            .ToDictionaryAsync(o => o.EpciSiren, o => o.PartEnQpv, ct);
    }

    /// <summary>
    /// Les objectifs de chaque EPCI (nom, SIREN) pour l'année, calculés par <see cref="QuotasAttribution.Calculer"/>
    /// sur les baux donnés (ceux de <see cref="BauxAsync"/>), avec le seuil du premier quartile de chaque EPCI.
    /// </summary>
    public static async Task<List<QuotasEpci>> QuotasAsync(
        PilotisDbContext db,
        IReadOnlyList<(string Siren, string Nom)> epcis,
        int annee,
        IReadOnlyList<BailDetaille> baux,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(epcis);
        var cia = await ObjectifsCiaAsync(db, epcis.Select(e => e.Siren).ToList(), annee, ct);
        var parEpci = baux.ToLookup(b => b.EpciSiren);
        // Les seuils de tous les EPCI en deux requêtes (valeurs officielles, puis seuils calculés), pas trois par EPCI,
        // et gardés jusqu'à la prochaine écriture d'une demande ou d'un seuil officiel (ADR 0020).
        var seuils = await CacheSeuilsQuartile.SeuilsAsync(db, epcis.Select(e => e.Siren).ToList(), annee, ct);
        var resultats = new List<QuotasEpci>();
        foreach (var (siren, nom) in epcis)
        {
            var seuil = seuils[siren];
            var resultat = QuotasAttribution.Calculer(parEpci[siren].Select(b => b.PourQuotas()), seuil.Valeur);
            resultats.Add(
                new QuotasEpci(
                    siren,
                    nom,
                    annee,
                    resultat,
                    seuil.Valeur,
                    seuil.Officiel,
                    cia.TryGetValue(siren, out var o) ? o : null
                )
            );
        }
        return resultats;
    }
}
