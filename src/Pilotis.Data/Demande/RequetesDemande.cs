using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande;

/// <summary>
/// Les requêtes de la demande partagées par plusieurs consommateurs (une page et les bancs, une page et l'écriture
/// en masse de la cotation) : information du demandeur (/ma-demande), classement des candidats d'un logement
/// (/demandes/classement), seuil du premier quartile (page des quartiles, cotation en masse). Une requête qui n'a
/// qu'un consommateur vit dans son fichier (page, point d'API ou commande).
/// </summary>
public static class RequetesDemande
{
    // --- Information du demandeur (/ma-demande ; banc de la cotation) ---
    /// <summary>Période des attributions prises pour le délai moyen d'attente.</summary>
    public const int MoisReferenceAttente = 12;

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
    public static async Task<InformationDemande?> LireInformationAsync(
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
        var d = await LireDemandeAsync(db, numero, dateDepot, ct);
        if (d is null)
            return null;
        var (explication, version) = await ExpliquerAsync(db, d, date, ct);
        var (position, similaires) = await PositionAsync(db, d, ct);
        var (attente, satisfaites) = await AttenteAsync(db, d, date, ct);
        return new InformationDemande(
            d.NumeroUnique,
            EtatDe(d, date),
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

    /// <summary>Ce que l'information du demandeur lit d'une demande (aucune donnée personnelle n'en sort).</summary>
    private sealed record DemandeLue(
        long Id,
        string NumeroUnique,
        StatutDemande Statut,
        DateOnly DateDepot,
        DateOnly? DateRenouvellement,
        DateOnly DateFinValidite,
        string? CommunePrincipaleCode,
        Typologies TypologiePrincipale,
        decimal? Score,
        int? GrilleCotationId,
        DateOnly? DateCotation,
        string? EpciSiren,
        string? CommuneNom,
        string? EpciNom,
        DonneesCotation Donnees
    );

    private static Task<DemandeLue?> LireDemandeAsync(
        PilotisDbContext db,
        string numero,
        DateOnly dateDepot,
        CancellationToken ct
    ) =>
        db
            .Demandes.AsNoTracking()
            .Where(x => x.NumeroUnique == numero && x.DateDepot == dateDepot && x.DatePurge == null)
            .Select(x => new DemandeLue(
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
                db.Communes.Where(c => c.Code == x.CommunePrincipaleCode && c.CodeParent == null)
                    .Select(c => c.Nom)
                    .FirstOrDefault(),
                db.Epcis.Where(e => e.Siren == x.EpciSiren).Select(e => e.Nom).FirstOrDefault(),
                new DonneesCotation(
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
                )
            ))
            .FirstOrDefaultAsync(ct);

    private static EtatDemande EtatDe(DemandeLue d, DateOnly date) =>
        EcheancesDemande.Etat(
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

    /// <summary>Le score expliqué critère par critère avec la grille et la date de sa cotation.</summary>
    private static async Task<(ScoreExplique? Explication, int? Version)> ExpliquerAsync(
        PilotisDbContext db,
        DemandeLue d,
        DateOnly date,
        CancellationToken ct
    )
    {
        if (d.GrilleCotationId is not int grilleId || d.Statut != StatutDemande.Active)
            return (null, null);
        var contexte = await ContexteAsync(db, grilleId, d.DateCotation ?? date, ct);
        return contexte is null
            ? (null, null)
            : (
                CalculCotation.Calculer(contexte.Grille.Criteres, d.Donnees, contexte.Contexte),
                contexte.Grille.Version
            );
    }

    /// <summary>La position parmi les demandes semblables actives, dans l'ordre de classement des demandes.</summary>
    private static async Task<(int? Position, int Similaires)> PositionAsync(
        PilotisDbContext db,
        DemandeLue d,
        CancellationToken ct
    )
    {
        if (d.CommunePrincipaleCode is not { } commune)
            return (null, 0);
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
        int? position = d.Statut == StatutDemande.Active ? (comptes?.Avant ?? 0) + 1 : null;
        return (position, comptes?.Total ?? 0);
    }

    /// <summary>
    /// L'attente moyenne (mois entiers) des demandes semblables satisfaites dans les douze derniers mois.
    /// </summary>
    private static async Task<(decimal? Attente, int Satisfaites)> AttenteAsync(
        PilotisDbContext db,
        DemandeLue d,
        DateOnly date,
        CancellationToken ct
    )
    {
        if (d.CommunePrincipaleCode is not { } commune)
            return (null, 0);
        var depuis = date.AddMonths(-MoisReferenceAttente);
        var durees = await db
            .Demandes.AsNoTracking()
            .Where(x =>
                x.CommunePrincipaleCode == commune
                && x.TypologiePrincipale == d.TypologiePrincipale
                && x.Statut == StatutDemande.Satisfaite
                && x.DateRadiation != null
                && x.DateRadiation > depuis
                && x.DateRadiation <= date
            )
            .Select(x => new { x.DateDepot, x.DateRadiation })
            .ToListAsync(ct);
        if (durees.Count == 0)
            return (null, 0);
        var attente = Math.Round(
            (decimal)durees.Average(x => CalculCotation.MoisEntiers(x.DateDepot, x.DateRadiation!.Value)),
            1,
            MidpointRounding.AwayFromZero
        );
        return (attente, durees.Count);
    }

    // --- Classement des candidats d'un logement (/demandes/classement ; banc de la cotation) ---
    /// <summary>
    /// Classement des demandes candidates à un logement libéré (commune, typologie, produit) : les demandes actives qui
    /// souhaitent la commune à n'importe quel rang, acceptent la
    /// typologie et sont éligibles au produit, dans l'ordre de
    /// <see cref="OrdreClassement"/>. Le score aide la décision de la commission d'attribution, il ne la prend pas
    /// (CCH L441-2-8).
    /// </summary>
    public const int LimiteClassement = 1000;

    public static Task<IReadOnlyList<CandidatLogement>> ClasserPourLogementAsync(
        PilotisDbContext db,
        string communeCode,
        Typologies typologie,
        ProduitsEligibles produit,
        int limite,
        Expression<Func<DemandeLogement, bool>>? filtre = null,
        CancellationToken ct = default
    ) => ClasserPourLogementAsync(db, communeCode, typologie, produit, (0, int.MaxValue), limite, filtre, ct);

    /// <summary>
    /// Même classement, restreint aux ménages de <paramref name="personnes"/> (bornes comprises). L'index de
    /// classement (<see cref="ClassementDemande"/>, ADR 0020) sert directement « demandes souhaitant cette commune,
    /// meilleur score d'abord » et filtre typologie, produit et taille sans lire les demandes ; chaque candidat
    /// retenu est relu par sa clé et son statut vérifié : une ligne de l'index en retard d'une radiation ne fait pas
    /// entrer une demande qui n'est plus active.
    /// </summary>
    public static async Task<IReadOnlyList<CandidatLogement>> ClasserPourLogementAsync(
        PilotisDbContext db,
        string communeCode,
        Typologies typologie,
        ProduitsEligibles produit,
        (int Minimum, int Maximum) personnes,
        int limite,
        Expression<Func<DemandeLogement, bool>>? filtre,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        limite = Math.Clamp(limite, 1, LimiteClassement);
        var (minimum, maximum) = personnes;
        // Les demandes sont relues par leur clé pour le statut (une ligne en retard d'une radiation n'entre pas) et
        // pour les droits de lecture (filtre) ; typologie, produit et taille viennent de l'index.
        var demandes = db.Demandes.AsNoTracking().Where(d => d.Statut == StatutDemande.Active);
        if (filtre is not null)
            demandes = demandes.Where(filtre);
        // « Contient la typologie » et « éligible au produit » écrits en listes de valeurs plutôt qu'en masques de
        // bits : PostgreSQL estime une liste par ses statistiques, un masque au jugé (0,5 %) — il croyait alors ne
        // trouver qu'une ligne, triait toute la commune au lieu de lire l'index dans l'ordre et de s'arrêter.
        var typologies = Contenant(typologie);
        var produits = Contenant(produit);
        var lignes = db
            .ClassementsDemandes.AsNoTracking()
            .Where(c =>
                c.CommuneCode == communeCode
                && EF.Constant(typologies).Contains(c.TypologiesSouhaitees)
                && EF.Constant(produits).Contains(c.ProduitsEligibles)
                && c.NombrePersonnes >= minimum
                && c.NombrePersonnes <= maximum
            );
        // Ordre de OrdreClassement : la clé du score décroissante met les demandes sans score en dernier.
        var candidats =
            from c in lignes
            join d in demandes on c.DemandeId equals d.Id
            orderby c.CleScore descending, c.DateDepot, c.DemandeId
            select new { Demande = d, c.Rang };
        return await candidats
            .Take(limite)
            .Select(x => new CandidatLogement(
                x.Demande.Id,
                x.Demande.NumeroUnique,
                x.Demande.Score,
                x.Demande.DateDepot,
                x.Demande.NombrePersonnes,
                x.Demande.PersonnesACharge,
                x.Rang,
                x.Demande.Dalo,
                x.Demande.CriteresPrioritaires != CriteresPrioritaires.Aucun,
                x.Demande.RessourcesParUc
            ))
            .ToListAsync(ct);
    }

    /// <summary>Toutes les combinaisons de drapeaux qui contiennent <paramref name="voulu"/>.</summary>
    private static T[] Contenant<T>(T voulu)
        where T : struct, Enum
    {
        var bits = Enum.GetValues<T>()
            .Aggregate(0, (tous, v) => tous | Convert.ToInt32(v, CultureInfo.InvariantCulture));
        var cible = Convert.ToInt32(voulu, CultureInfo.InvariantCulture);
        return Enumerable
            .Range(0, bits + 1)
            .Where(m => (m & cible) == cible && (m & ~bits) == 0)
            .Select(m => (T)Enum.ToObject(typeof(T), m))
            .ToArray();
    }

    // --- Seuil du premier quartile (page des quartiles ; cotation en masse) ---
    /// <summary>
    /// Seuil du premier quartile des ressources annuelles par UC des demandeurs d'un EPCI (CCH L441-1 : 25 % des
    /// attributions hors QPV aux demandeurs du premier quartile). La valeur officielle de l'année (arrêté préfectoral,
    /// <see cref="SeuilQuartileOfficiel"/>) prévaut ; à défaut, le seuil est calculé depuis le registre : rang le plus
    /// proche
    /// du 25e centile des demandes actives de l'EPCI (la plus petite valeur dont la part cumulée atteint 25 %), soit
    /// <c>percentile_disc(0.25)</c> de PostgreSQL.
    /// </summary>
    public static async Task<SeuilQuartile> SeuilQuartileAsync(
        PilotisDbContext db,
        string epciSiren,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var officiel = await db
            .SeuilsQuartileOfficiels.AsNoTracking()
            .Where(s => s.EpciSiren == epciSiren && s.Annee == annee)
            .Select(s => new { s.Seuil, s.Source })
            .FirstOrDefaultAsync(ct);
        if (officiel is not null)
            return new SeuilQuartile(officiel.Seuil, true, 0, officiel.Source);
        return await CalculerQuartileAsync(db, epciSiren, ct);
    }

    /// <summary>
    /// <see cref="SeuilQuartileAsync"/> pour plusieurs EPCI : les valeurs officielles de l'année en une requête, les
    /// seuils calculés des autres en une requête (<see cref="CalculerQuartilesAsync"/>).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, SeuilQuartile>> SeuilsQuartileAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string> sirens,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sirens);
        var officiels = await db
            .SeuilsQuartileOfficiels.AsNoTracking()
            .Where(s => s.Annee == annee && sirens.Contains(s.EpciSiren))
            .Select(s => new
            {
                s.EpciSiren,
                s.Seuil,
                s.Source,
            })
            .ToDictionaryAsync(s => s.EpciSiren, StringComparer.Ordinal, ct);
        var calcules = await CalculerQuartilesAsync(db, sirens.Where(s => !officiels.ContainsKey(s)).ToList(), ct);
        var resultat = new Dictionary<string, SeuilQuartile>(calcules, StringComparer.Ordinal);
        foreach (var o in officiels.Values)
            resultat[o.EpciSiren] = new SeuilQuartile(o.Seuil, true, 0, o.Source);
        return resultat;
    }

    /// <summary>Seuil calculé depuis le registre, sans regarder la valeur officielle.</summary>
    public static async Task<SeuilQuartile> CalculerQuartileAsync(
        PilotisDbContext db,
        string epciSiren,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var actives = db
            .Demandes.AsNoTracking()
            .Where(d => d.EpciSiren == epciSiren && d.Statut == StatutDemande.Active && d.DatePurge == null);
        if (db.Database.IsNpgsql())
        {
            // Une seule lecture de l'index (EpciSiren, Statut) INCLUDE (RessourcesParUc).
            var ligne = (
                await db
                    .Database.SqlQuery<LigneQuartile>(
                        $"""
                        SELECT count(*)::int AS "Demandes",
                            percentile_disc(0.25) WITHIN GROUP (ORDER BY "RessourcesParUc") AS "Valeur"
                        FROM "Demandes" WHERE "EpciSiren" = {epciSiren} AND "Statut" = {(int)
                            StatutDemande.Active} AND "DatePurge" IS NULL
                        """
                    )
                    .ToListAsync(ct)
            ).Single();
            return ligne.Demandes == 0
                ? SeuilQuartile.Inconnu
                : new SeuilQuartile(ligne.Valeur, false, ligne.Demandes, null);
        }
        var nombre = await actives.CountAsync(ct);
        if (nombre == 0)
            return SeuilQuartile.Inconnu;
        // Rang le plus proche : la ⌈0,25 × n⌉-ième valeur par ordre croissant. SQLite range les décimaux en texte :
        // on trie sur leur valeur réelle (les ressources par UC sont des euros entiers, exacts en double).
        var rang = (int)Math.Ceiling(nombre * 0.25m);
        var valeur = await actives
            .OrderBy(d => (double)d.RessourcesParUc)
            .Skip(rang - 1)
            .Select(d => d.RessourcesParUc)
            .FirstAsync(ct);
        return new SeuilQuartile(valeur, false, nombre, null);
    }

    /// <summary>
    /// Les seuils calculés de plusieurs EPCI en une requête (page des quartiles) : même règle que
    /// <see cref="CalculerQuartileAsync"/> (rang le plus proche, ⌈0,25 × n⌉-ième valeur croissante), calculée par la
    /// base pour chaque EPCI — <c>percentile_disc(0.25)</c> groupé sur PostgreSQL, numérotation fenêtrée sur SQLite —
    /// au lieu de deux requêtes par EPCI. Un EPCI sans demande active a <see cref="SeuilQuartile.Inconnu"/>.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, SeuilQuartile>> CalculerQuartilesAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string> sirens,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sirens);
        var resultat = sirens.Distinct().ToDictionary(s => s, _ => SeuilQuartile.Inconnu, StringComparer.Ordinal);
        if (resultat.Count == 0)
            return resultat;
        var liste = resultat.Keys.ToArray();
        var actif = (int)StatutDemande.Active;
        var lignes = db.Database.IsNpgsql()
            ? db.Database.SqlQuery<LigneQuartileEpci>(
                $"""
                SELECT "EpciSiren", count(*)::int AS "Demandes",
                    percentile_disc(0.25) WITHIN GROUP (ORDER BY "RessourcesParUc") AS "Valeur"
                FROM "Demandes" WHERE "EpciSiren" = ANY({liste}) AND "Statut" = {actif} AND "DatePurge" IS NULL
                GROUP BY "EpciSiren"
                """
            )
            : db.Database.SqlQuery<LigneQuartileEpci>(
                $"""
                SELECT "EpciSiren", "Demandes", "Valeur" FROM (
                    SELECT "EpciSiren", "RessourcesParUc" AS "Valeur",
                        count(*) OVER (PARTITION BY "EpciSiren") AS "Demandes",
                        row_number() OVER (PARTITION BY "EpciSiren" ORDER BY CAST("RessourcesParUc" AS REAL)) AS "Rang"
                    FROM "Demandes"
                    WHERE "EpciSiren" IN (SELECT value FROM json_each({JsonSerializer.Serialize(liste)}))
                        AND "Statut" = {actif} AND "DatePurge" IS NULL)
                WHERE "Rang" = ("Demandes" + 3) / 4
                """
            );
        foreach (var l in await lignes.ToListAsync(ct))
            resultat[l.EpciSiren] = l.Demandes == 0 ? SeuilQuartile.Inconnu : new(l.Valeur, false, l.Demandes, null);
        return resultat;
    }

    private sealed class LigneQuartileEpci
    {
        public string EpciSiren { get; set; } = "";
        public int Demandes { get; set; }
        public decimal? Valeur { get; set; }
    }

    private sealed class LigneQuartile
    {
        public int Demandes { get; set; }
        public decimal? Valeur { get; set; }
    }
}
