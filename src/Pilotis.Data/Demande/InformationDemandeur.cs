using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande;

public static class InformationDemandeur
{
    /// <summary>Période des attributions prises pour le délai moyen d'attente.</summary>
    public const int MoisReference = 12;

    /// <summary>
    /// Contextes d'explication déjà construits : (base, grille, date de cotation) → grille, communes de l'EPCI, seuil.
    /// Une grille publiée ne change plus, et le score enregistré a été calculé à sa date de cotation : le contexte de
    /// cette date se garde quelques minutes, ce qui évite de relire les communes et de recalculer le quartile de l'EPCI
    /// (toutes ses demandes actives) à chaque consultation.
    /// </summary>
    private static readonly ConcurrentDictionary<
        (string, int, DateOnly),
        (GrilleEnVigueur Contexte, long Expire)
    > Contextes = new();
    private const long DureeContexteMs = 5 * 60 * 1000;

    private static async Task<GrilleEnVigueur?> ContexteAsync(
        PilotisDbContext db,
        int grilleId,
        DateOnly date,
        CancellationToken ct
    )
    {
        var cle = (db.Database.GetConnectionString() ?? "", grilleId, date);
        var maintenant = Environment.TickCount64;
        if (Contextes.TryGetValue(cle, out var garde) && garde.Expire > maintenant)
            return garde.Contexte;
        var grille = await db.GrillesCotation.AsNoTracking().FirstOrDefaultAsync(g => g.Id == grilleId, ct);
        if (grille is null)
            return null;
        var contexte = await CotationEnMasse.ContexteAsync(db, grille, date, ct);
        if (Contextes.Count > 10_000)
            Contextes.Clear();
        Contextes[cle] = (contexte, maintenant + DureeContexteMs);
        return contexte;
    }

    /// <summary>
    /// Lit l'information d'une demande désignée par son numéro unique ET sa date de dépôt (les deux figurent sur
    /// l'attestation d'enregistrement : ensemble, ils valent secret). Null si le couple ne correspond à aucune demande
    /// non purgée — sans dire si le numéro existe.
    /// </summary>
    public static async Task<InformationDemande?> LireAsync(
        PilotisDbContext db,
        string numeroUnique,
        DateOnly dateDepot,
        DateOnly date,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var numero = (numeroUnique ?? "").Trim();
        if (numero.Length == 0)
            return null;
        var d = await db
            .Demandes.AsNoTracking()
            .Where(x => x.NumeroUnique == numero && x.DateDepot == dateDepot && x.DatePurge == null)
            .Select(x => new
            {
                x.Id,
                x.NumeroUnique,
                x.Statut,
                x.DateDepot,
                x.DateRenouvellement,
                x.DateFinValidite,
                x.CommunePrincipaleCode,
                x.TypologiePrincipale,
                x.Score,
                x.GrilleCotationId,
                x.DateCotation,
                x.EpciSiren,
                // Noms lus dans la même requête (un aller-retour de moins).
                CommuneNom = db
                    .Communes.Where(c => c.Code == x.CommunePrincipaleCode && c.CodeParent == null)
                    .Select(c => c.Nom)
                    .FirstOrDefault(),
                EpciNom = db.Epcis.Where(e => e.Siren == x.EpciSiren).Select(e => e.Nom).FirstOrDefault(),
                Donnees = new DonneesCotation(
                    x.Dalo,
                    x.CriteresPrioritaires,
                    x.Motifs,
                    x.SituationLogement,
                    x.DateDepot,
                    x.RessourcesParUc,
                    x.CommuneResidenceCode,
                    x.CommuneTravailCode,
                    x.Handicap,
                    x.Mutation
                ),
            })
            .FirstOrDefaultAsync(ct);
        if (d is null)
            return null;

        var etat = EcheancesDemande.Etat(
            new DemandeLogement
            {
                NumeroUnique = d.NumeroUnique,
                DepartementCode = "",
                Statut = d.Statut,
                DateDepot = d.DateDepot,
                DateRenouvellement = d.DateRenouvellement,
                DateFinValidite = d.DateFinValidite,
            },
            date
        );

        ScoreExplique? explication = null;
        int? version = null;
        if (d.GrilleCotationId is int grilleId && d.Statut == StatutDemande.Active)
        {
            var contexte = await ContexteAsync(db, grilleId, d.DateCotation ?? date, ct);
            if (contexte is not null)
            {
                explication = CalculCotation.Calculer(contexte.Grille.Criteres, d.Donnees, contexte.Contexte);
                version = contexte.Grille.Version;
            }
        }

        int? position = null;
        var similaires = 0;
        if (d.CommunePrincipaleCode is { } commune)
        {
            var actives = db
                .Demandes.AsNoTracking()
                .Where(x =>
                    x.CommunePrincipaleCode == commune
                    && x.TypologiePrincipale == d.TypologiePrincipale
                    && x.Statut == StatutDemande.Active
                );
            // Un seul parcours de l'index (commune, typologie, statut, score) : le nombre de demandes semblables et
            // celles classées avant elle dans l'ordre de classement des demandes.
            var comptes = await actives
                .Select(OrdreClassement.ClasseesAvant(d.Score, d.DateDepot, d.Id))
                .GroupBy(x => 1)
                .Select(g => new { Total = g.Count(), Avant = g.Count(avant => avant) })
                .FirstOrDefaultAsync(ct);
            similaires = comptes?.Total ?? 0;
            if (d.Statut == StatutDemande.Active)
                position = (comptes?.Avant ?? 0) + 1;
        }

        decimal? attente = null;
        var satisfaites = 0;
        if (d.CommunePrincipaleCode is { } c2)
        {
            var depuis = date.AddMonths(-MoisReference);
            var durees = await db
                .Demandes.AsNoTracking()
                .Where(x =>
                    x.CommunePrincipaleCode == c2
                    && x.TypologiePrincipale == d.TypologiePrincipale
                    && x.Statut == StatutDemande.Satisfaite
                    && x.DateRadiation != null
                    && x.DateRadiation > depuis
                    && x.DateRadiation <= date
                )
                .Select(x => new { x.DateDepot, x.DateRadiation })
                .ToListAsync(ct);
            satisfaites = durees.Count;
            if (satisfaites > 0)
            {
                attente = Math.Round(
                    (decimal)durees.Average(x => CalculCotation.MoisEntiers(x.DateDepot, x.DateRadiation!.Value)),
                    1,
                    MidpointRounding.AwayFromZero
                );
            }
        }

        return new InformationDemande(
            d.NumeroUnique,
            etat,
            d.DateDepot,
            d.DateFinValidite,
            d.CommunePrincipaleCode,
            d.CommuneNom,
            d.TypologiePrincipale,
            d.Statut == StatutDemande.Active ? d.Score : null,
            explication,
            version,
            d.EpciSiren,
            d.EpciNom,
            d.DateCotation,
            position,
            similaires,
            attente,
            satisfaites
        );
    }
}
