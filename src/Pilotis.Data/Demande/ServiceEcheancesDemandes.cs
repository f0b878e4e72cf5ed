using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pilotis.Data.Base;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Les échéances des demandes, passées en masse (CCH R441-2-8, RGPD) : radiation pour non-renouvellement des demandes
/// actives dont la radiation automatique est atteinte (<see cref="EcheancesDemande.ARadier"/>), puis effacement des
/// données personnelles des demandes radiées ou satisfaites depuis plus que le délai de conservation
/// (<see cref="EcheancesDemande.APurger"/>, <see cref="EcheancesDemande.Purger"/>). Tout se fait en SQL ensembliste
/// (UPDATE … WHERE), dans une transaction, avec une trace <see cref="PurgeDemandes"/> et une entrée de journal qui ne
/// contient que des nombres. Les critères SQL sont ceux du domaine, traduits en dates seuils exactes.
/// </summary>
public sealed class ServiceEcheancesDemandes(PilotisDbContext db, IConfiguration configuration)
{
    public const string CleJoursConservation = "Demandes:JoursConservation";

    /// <summary>Délai de conservation après radiation (configuration, un an par défaut).</summary>
    public int JoursConservation =>
        Math.Max(0, configuration.GetValue(CleJoursConservation, EcheancesDemande.JoursConservationParDefaut));

    private static IQueryable<DemandeLogement> ARadier(IQueryable<DemandeLogement> demandes, DateOnly date)
    {
        var seuil = EcheancesDemande.DerniereBaseARadier(date);
        // Le préfiltre sur la fin de validité laisse l'index (Statut,
        // DateFinValidite) choisir les lignes ; la règle exacte suit.
        var finValidite = EcheancesDemande.DerniereFinValiditeARadier(date);
        return demandes.Where(d =>
            d.Statut == StatutDemande.Active
            && d.DateFinValidite <= finValidite
            && (d.DateRenouvellement ?? d.DateDepot) <= seuil
        );
    }

    private static IQueryable<DemandeLogement> APurger(IQueryable<DemandeLogement> demandes, DateOnly date, int jours)
    {
        var seuil = EcheancesDemande.DerniereRadiationAPurger(date, jours);
        // Deux statuts nommés (plutôt que « différent de active ») : l'index (Statut, DateRadiation) sert aux deux.
        return demandes.Where(d =>
            (d.Statut == StatutDemande.Radiee || d.Statut == StatutDemande.Satisfaite)
            && d.DateRadiation != null
            && d.DateRadiation <= seuil
            && d.DatePurge == null
        );
    }

    /// <summary>Ce que ferait une passe à cette date (les radiations du jour comptent dans les purges si le délai est
    /// nul).</summary>
    public async Task<BilanEcheances> ApercuAsync(DateOnly date, CancellationToken ct = default)
    {
        var jours = JoursConservation;
        var aRadier = await ARadier(db.Demandes.AsNoTracking(), date).CountAsync(ct);
        var aPurger = await APurger(db.Demandes.AsNoTracking(), date, jours).CountAsync(ct);
        if (jours == 0)
            aPurger += aRadier;
        return new(date, jours, aRadier, aPurger);
    }

    /// <summary>Date de la dernière passe enregistrée, s'il y en a une.</summary>
    public Task<DateOnly?> DernierePasseAsync(CancellationToken ct = default) =>
        db
            .PurgesDemandes.AsNoTracking()
            .OrderByDescending(p => p.Quand)
            .Select(p => (DateOnly?)p.DateReference)
            .FirstOrDefaultAsync(ct);

    /// <summary>Radie puis purge, dans une transaction ; renvoie la trace enregistrée.</summary>
    public async Task<PurgeDemandes> ExecuterAsync(DateOnly date, string declencheur, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(declencheur);
        var jours = JoursConservation;
        var maintenant = db.Horloge.GetUtcNow();
        // Un seul nouveau jeton pour toutes les lignes touchées : il suffit qu'il change pour qu'un formulaire ouvert
        // avant échoue proprement.
        var jeton = Guid.NewGuid();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var radiees = await ARadier(db.Demandes, date)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(d => d.Statut, StatutDemande.Radiee)
                        .SetProperty(d => d.MotifRadiation, MotifRadiation.NonRenouvellement)
                        .SetProperty(d => d.DateRadiation, date)
                        .SetProperty(d => d.ModifieeLe, maintenant)
                        .SetProperty(d => d.Jeton, jeton)
                        .SetProperty(d => EF.Property<long?>(d, "Empreinte"), (long?)null),
                ct
            );

        var purgees = await PurgerAsync(date, jours, maintenant, jeton, ct);

        // Les demandes radiées ou purgées quittent l'index de classement, et le seuil du premier quartile change
        // (ADR 0020).
        if (radiees + purgees > 0)
        {
            await IndexClassement.ActualiserModifieesDepuisAsync(db, maintenant, ct);
            CacheSeuilsQuartile.Invalider();
        }

        var trace = new PurgeDemandes
        {
            Quand = maintenant,
            DateReference = date,
            JoursConservation = jours,
            DemandesRadieesNonRenouvellement = radiees,
            DemandesPurgees = purgees,
            Declencheur = declencheur.Length > 200 ? declencheur[..200] : declencheur,
        };
        db.PurgesDemandes.Add(trace);
        // Des nombres seulement : jamais une valeur d'une demande (RGPD).
        db.Journaliser(
            "Échéances des demandes",
            nameof(PurgeDemandes),
            null,
            new
            {
                date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                joursConservation = jours,
                radieesNonRenouvellement = radiees,
                purgees,
                declencheur = trace.Declencheur,
            }
        );
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        // Écrites hors du suivi des modifications : les agrégats gardés du registre sont relus.
        CacheAgregats.Demandes.Invalider(db);
        return trace;
    }

    /// <summary>
    /// Efface les données personnelles des demandes à purger : mêmes champs que EcheancesDemande.Purger (le test de
    /// purge en masse le vérifie champ par champ).
    /// </summary>
    private Task<int> PurgerAsync(
        DateOnly date,
        int jours,
        DateTimeOffset maintenant,
        Guid jeton,
        CancellationToken ct
    ) =>
        APurger(db.Demandes, date, jours)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(d => d.Membres, new List<MembreMenage>())
                        .SetProperty(d => d.RevenuFiscalReference, 0m)
                        .SetProperty(d => d.RevenuFiscalReferenceN1, (decimal?)null)
                        .SetProperty(d => d.RessourcesDouzeMois, (decimal?)null)
                        .SetProperty(d => d.EvenementRessources, EvenementRessources.Aucun)
                        .SetProperty(d => d.OrigineRessources, OrigineRessources.RevenuFiscalN2)
                        .SetProperty(d => d.RessourcesRetenues, 0m)
                        .SetProperty(d => d.RessourcesMensuelles, 0m)
                        .SetProperty(d => d.RessourcesParUc, 0m)
                        .SetProperty(d => d.CommuneResidenceCode, (string?)null)
                        .SetProperty(d => d.CommuneTravailCode, (string?)null)
                        .SetProperty(d => d.Motifs, MotifsDemande.Aucun)
                        .SetProperty(d => d.CriteresPrioritaires, CriteresPrioritaires.Aucun)
                        .SetProperty(d => d.Dalo, false)
                        .SetProperty(d => d.JeuneCouple, false)
                        .SetProperty(d => d.ProduitsEligibles, ProduitsEligibles.Aucun)
                        .SetProperty(d => d.Score, (decimal?)null)
                        .SetProperty(d => d.DatePurge, date)
                        .SetProperty(d => d.ModifieeLe, maintenant)
                        .SetProperty(d => d.Jeton, jeton)
                        .SetProperty(d => EF.Property<long?>(d, "Empreinte"), (long?)null),
                ct
            );
}
