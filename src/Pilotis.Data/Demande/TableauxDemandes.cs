using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Agrégats des tableaux de bord de la demande (issue 6, point 6), calculés en SQL sur le périmètre visible de
/// l'utilisateur : demandes actives par territoire, typologie, ancienneté, taille, priorité ; attributions des douze
/// derniers mois (demandes satisfaites, par commune du logement attribué) et pression.
/// </summary>
public static class TableauxDemandes
{
    /// <param name="visibles">Les demandes du périmètre de l'utilisateur, déjà filtrées (habilitations, territoire choisi).</param>
    /// <param name="communesDuTerritoire">
    /// Les communes du territoire regardé : les attributions s'y comptent par commune du logement attribué, quel qu'ait
    /// été le premier choix du ménage (un nombre d'attributions n'est pas une donnée personnelle).
    /// </param>
    public static async Task<TableauxDemande> CalculerAsync(
        PilotisDbContext db,
        IQueryable<DemandeLogement> visibles,
        IQueryable<string> communesDuTerritoire,
        DateOnly aujourdhui,
        CancellationToken ct = default
    )
    {
        var actives = visibles.Where(d => d.Statut == StatutDemande.Active);
        var ilYAUnAn = aujourdhui.AddMonths(-12);
        var preavis = aujourdhui.AddMonths(EcheancesDemande.MoisPreavisRenouvellement);
        var satisfaites = db
            .Demandes.AsNoTracking()
            .Where(d =>
                d.Statut == StatutDemande.Satisfaite
                && d.DateRadiation > ilYAUnAn
                && d.DateRadiation <= aujourdhui
                && communesDuTerritoire.Contains(d.CommuneAttributionCode!)
            );

        var synthese = await actives
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Actives = g.Count(),
                ARenouveler = g.Count(d => d.DateFinValidite <= preavis),
                Dalo = g.Count(d => d.Dalo),
                Prioritaires = g.Count(d => d.CriteresPrioritaires != CriteresPrioritaires.Aucun),
                Mutations = g.Count(d => d.Mutation),
                MoisDepot = g.Average(d => (double)(d.DateDepot.Year * 12 + d.DateDepot.Month)),
            })
            .FirstOrDefaultAsync(ct);
        var attributions = await satisfaites.CountAsync(ct);
        var radiations = await visibles.CountAsync(
            d => d.Statut == StatutDemande.Radiee && d.DateRadiation > ilYAUnAn && d.DateRadiation <= aujourdhui,
            ct
        );

        var parCommune = await actives
            .Where(d => d.CommunePrincipaleCode != null)
            .GroupBy(d => d.CommunePrincipaleCode!)
            .Select(g => new
            {
                Code = g.Key,
                Actives = g.Count(),
                Dalo = g.Count(d => d.Dalo),
                Prioritaires = g.Count(d => d.CriteresPrioritaires != CriteresPrioritaires.Aucun),
                MoisDepot = g.Average(d => (double)(d.DateDepot.Year * 12 + d.DateDepot.Month)),
            })
            .ToListAsync(ct);
        var attributionsParCommune = await satisfaites
            .Where(d => d.CommuneAttributionCode != null)
            .GroupBy(d => d.CommuneAttributionCode!)
            .Select(g => new { Code = g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Code, x => x.N, StringComparer.Ordinal, ct);

        var parEpci = await actives
            .Where(d => d.EpciSiren != null)
            .GroupBy(d => d.EpciSiren!)
            .Select(g => new
            {
                Code = g.Key,
                Actives = g.Count(),
                Dalo = g.Count(d => d.Dalo),
                Prioritaires = g.Count(d => d.CriteresPrioritaires != CriteresPrioritaires.Aucun),
                MoisDepot = g.Average(d => (double)(d.DateDepot.Year * 12 + d.DateDepot.Month)),
            })
            .ToListAsync(ct);

        var codesCommunes = parCommune.Select(c => c.Code).Concat(attributionsParCommune.Keys).Distinct().ToArray();
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => codesCommunes.Contains(c.Code) && c.CodeParent == null)
            .Select(c => new
            {
                c.Code,
                c.Nom,
                c.EpciSiren,
            })
            .ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
        var sirens = parEpci.Select(e => e.Code).ToArray();
        var epcis = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .ToDictionaryAsync(e => e.Siren, e => e.Nom, StringComparer.Ordinal, ct);
        var attributionsParEpci = attributionsParCommune
            .Where(a => communes.TryGetValue(a.Key, out var c) && c.EpciSiren is not null)
            .GroupBy(a => communes[a.Key].EpciSiren!)
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Value), StringComparer.Ordinal);

        var lignesCommunes = parCommune
            .Select(c =>
            {
                var n = attributionsParCommune.GetValueOrDefault(c.Code);
                return new LigneTerritoireDemande(
                    c.Code,
                    communes.TryGetValue(c.Code, out var info) ? info.Nom : c.Code,
                    c.Actives,
                    c.Dalo,
                    c.Prioritaires,
                    n,
                    IndicateursDemande.Pression(c.Actives, n),
                    IndicateursDemande.AncienneteMois(c.MoisDepot, aujourdhui)
                );
            })
            .OrderByDescending(l => l.Actives)
            .ThenBy(l => l.Nom, StringComparer.Ordinal)
            .ToList();
        var lignesEpci = parEpci
            .Select(e =>
            {
                var n = attributionsParEpci.GetValueOrDefault(e.Code);
                return new LigneTerritoireDemande(
                    e.Code,
                    epcis.GetValueOrDefault(e.Code) ?? e.Code,
                    e.Actives,
                    e.Dalo,
                    e.Prioritaires,
                    n,
                    IndicateursDemande.Pression(e.Actives, n),
                    IndicateursDemande.AncienneteMois(e.MoisDepot, aujourdhui)
                );
            })
            .OrderByDescending(l => l.Actives)
            .ThenBy(l => l.Nom, StringComparer.Ordinal)
            .ToList();

        var parTypologie = (
            await actives.GroupBy(d => d.TypologiePrincipale).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct)
        )
            .OrderBy(x => x.Key)
            .Select(x => (x.Key, x.N))
            .ToList();
        var parTaille = (
            await actives.GroupBy(d => d.NombrePersonnes).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct)
        )
            .OrderBy(x => x.Key)
            .Select(x => (x.Key, x.N))
            .ToList();

        // Tranches d'ancienneté : une requête par borne (comptes cumulés), puis différences ; toujours les six tranches.
        var cumuls = new List<int>();
        foreach (var (_, mois) in IndicateursDemande.Tranches)
        {
            var borne = aujourdhui.AddMonths(-mois);
            cumuls.Add(await actives.CountAsync(d => d.DateDepot <= borne, ct));
        }
        var parAnciennete = IndicateursDemande
            .Tranches.Select((t, i) => (t.Tranche, cumuls[i] - (i + 1 < cumuls.Count ? cumuls[i + 1] : 0)))
            .ToList();

        var combinaisons = await actives
            .Where(d => d.CriteresPrioritaires != CriteresPrioritaires.Aucun)
            .GroupBy(d => d.CriteresPrioritaires)
            .Select(g => new { g.Key, N = g.Count() })
            .ToListAsync(ct);
        var parPriorite = new List<(string, int)> { ("Reconnus DALO", synthese?.Dalo ?? 0) };
        parPriorite.AddRange(
            Enum.GetValues<CriteresPrioritaires>()
                .Where(c => c != CriteresPrioritaires.Aucun)
                .Select(c => (c.Libelle(), combinaisons.Where(x => x.Key.HasFlag(c)).Sum(x => x.N)))
        );
        parPriorite.Add(
            (
                "Sans critère de priorité ni DALO",
                await actives.CountAsync(d => !d.Dalo && d.CriteresPrioritaires == CriteresPrioritaires.Aucun, ct)
            )
        );

        var total = synthese?.Actives ?? 0;
        return new TableauxDemande(
            new SyntheseDemandes(
                total,
                synthese?.ARenouveler ?? 0,
                attributions,
                radiations,
                IndicateursDemande.Pression(total, attributions),
                synthese is null ? 0 : IndicateursDemande.AncienneteMois(synthese.MoisDepot, aujourdhui),
                synthese?.Dalo ?? 0,
                synthese?.Prioritaires ?? 0,
                synthese?.Mutations ?? 0
            ),
            lignesEpci,
            lignesCommunes,
            parTypologie,
            parAnciennete,
            parTaille,
            parPriorite
        );
    }
}
