using System.Text;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Demandes fictives mais réalistes, déterministes (même graine,
/// mêmes demandes, mêmes octets), sur des communes réelles
/// tirées au prorata de leur population (référentiel @etalab/decoupage-administratif en base). Sert au semis de
/// démonstration du Gard (23 000 demandes) et aux bancs d'essai
/// (2,8 millions pour la France). Les demandes sont produites
/// une à une (jamais toutes en mémoire). Ordres de grandeur
/// visés (pas des statistiques officielles) : 40 % de personnes
/// seules, 10 % de ménages avec une personne handicapée, 90 %
/// des revenus sous le plafond PLUS, 25 % de mutations, 3 % de
/// DALO, 85 % de demandes actives, ancienneté concentrée sur les dernières années.
/// </summary>
public sealed class GenerateurDemandes(int graine)
{
    public const int NombreGard = 23_000;
    public const int NombreNational = 2_800_000;

    private readonly Random _alea = new(graine);

    /// <summary>Plafond PLUS approché (autres régions) par taille du ménage, pour placer les revenus autour du
    /// plafond.</summary>
    private static readonly decimal[] PlafondPlus = [0m, 24_300m, 32_500m, 39_000m, 47_100m, 55_400m, 62_500m];
    private static readonly int[] PoidsTailles = [40, 25, 15, 11, 6, 3];

    private static readonly (SituationLogement Situation, int Poids)[] PoidsSituations =
    [
        (SituationLogement.LocataireParcSocial, 25),
        (SituationLogement.LocataireParcPrive, 33),
        (SituationLogement.Heberge, 24),
        (SituationLogement.LogementTemporaire, 6),
        (SituationLogement.SansLogement, 4),
        (SituationLogement.Proprietaire, 2),
        (SituationLogement.Autre, 6),
    ];

    private static readonly MotifRadiation[] MotifsRadiation =
    [
        MotifRadiation.NonRenouvellement,
        MotifRadiation.NonRenouvellement,
        MotifRadiation.NonRenouvellement,
        MotifRadiation.Renonciation,
        MotifRadiation.Renonciation,
        MotifRadiation.AbsenceReponse,
        MotifRadiation.Irrecevabilite,
    ];

    /// <summary>Communes de plein exercice peuplées (celles que l'import reconnaît), d'un département ou de toute la
    /// France, triées par code.</summary>
    public static async Task<IReadOnlyList<CommunePeuplee>> CommunesAsync(
        PilotisDbContext db,
        string? departement,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var requete = db
            .Communes.AsNoTracking()
            .Where(c => c.CodeParent == null && c.Population != null && c.Population > 0);
        if (departement is not null)
            requete = requete.Where(c => c.DepartementCode == departement);
        var communes = await requete
            .Select(c => new CommunePeuplee(c.Code, c.EpciSiren, c.DepartementCode, c.Population!.Value))
            .ToListAsync(ct);
        communes.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return communes;
    }

    /// <summary>Tirage pondéré par la population dans une liste de communes.</summary>
    private sealed class Urne
    {
        private readonly CommunePeuplee[] _communes;
        private readonly long[] _cumul;

        public Urne(IEnumerable<CommunePeuplee> communes)
        {
            _communes = communes.ToArray();
            _cumul = new long[_communes.Length];
            long total = 0;
            for (var i = 0; i < _communes.Length; i++)
                _cumul[i] = total += _communes[i].Population;
        }

        public int Taille => _communes.Length;

        public CommunePeuplee Tirer(Random alea)
        {
            var tirage = (long)(alea.NextDouble() * _cumul[^1]);
            var i = Array.BinarySearch(_cumul, tirage + 1);
            return _communes[i >= 0 ? i : ~i];
        }
    }

    /// <param name="prefixe">Préfixe des numéros uniques (les tests et bancs évitent ainsi ceux de la
    /// démonstration).</param>
    public IEnumerable<DemandeLogement> Generer(
        IReadOnlyList<CommunePeuplee> communes,
        int nombre,
        DateOnly aujourdhui,
        string prefixe = ""
    )
    {
        ArgumentNullException.ThrowIfNull(communes);
        if (communes.Count == 0)
            yield break;
        var toutes = new Urne(communes);
        var parEpci = communes
            .Where(c => c.EpciSiren is not null)
            .GroupBy(c => c.EpciSiren!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Urne(g), StringComparer.Ordinal);
        var parDepartement = communes
            .GroupBy(c => c.DepartementCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Urne(g), StringComparer.Ordinal);
        var sequences = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < nombre; n++)
        {
            var residence = toutes.Tirer(_alea);
            var sequence = sequences[residence.DepartementCode] =
                sequences.GetValueOrDefault(residence.DepartementCode) + 1;
            yield return Une(
                residence,
                sequence,
                prefixe,
                aujourdhui,
                parEpci,
                parDepartement[residence.DepartementCode]
            );
        }
    }

    private DemandeLogement Une(
        CommunePeuplee residence,
        int sequence,
        string prefixe,
        DateOnly aujourdhui,
        Dictionary<string, Urne> parEpci,
        Urne departement
    )
    {
        // Les tirages se font dans cet ordre, toujours le même : le générateur reste déterministe pour une graine.
        var (membres, jeuneCouple, handicap) = TirerMenage();
        var personnes = membres.Count;
        var (rfr, mensuelles) = TirerRevenus(personnes);
        var (situation, motifs) = TirerSituation(handicap);
        var criteres = TirerCriteres(handicap, situation, motifs, personnes);
        var (voulues, travail) = TirerCommunes(residence, parEpci, departement);
        var (principale, typologies) = TirerTypologies(personnes);
        var (depot, statut, radiation, motif, attribution, renouvellement) = TirerDates(aujourdhui, voulues);
        var mutation = situation == SituationLogement.LocataireParcSocial;
        return new DemandeLogement
        {
            NumeroUnique =
                $"{prefixe}{residence.DepartementCode.PadLeft(3, '0')}"
                + $"{depot.Year % 100:00}{depot.Month:00}F{sequence:0000000}",
            DepartementCode = residence.DepartementCode,
            Membres = membres,
            JeuneCouple = jeuneCouple,
            RevenuFiscalReference = rfr,
            RessourcesMensuelles = mensuelles,
            SituationLogement = situation,
            Motifs = motifs,
            CommuneResidenceCode = residence.Code,
            CommuneTravailCode = travail,
            Communes = voulues.Select((c, i) => new CommuneSouhaitee { Rang = i + 1, CommuneCode = c }).ToList(),
            TypologiePrincipale = principale,
            TypologiesSouhaitees = typologies,
            Mutation = mutation,
            Dalo = _alea.NextDouble() < 0.03,
            CriteresPrioritaires = criteres,
            DateDepot = depot,
            DateRenouvellement = renouvellement,
            Statut = statut,
            MotifRadiation = motif,
            DateRadiation = radiation,
            CommuneAttributionCode = attribution,
        };
    }

    private (List<MembreMenage> Membres, bool JeuneCouple, bool Handicap) TirerMenage()
    {
        var membres = Menage();
        var personnes = membres.Count;
        var couple = membres.Count(m => m.Lien is LienMembre.Demandeur or LienMembre.ConjointOuCoDemandeur) == 2;
        var jeuneCouple =
            couple
            && membres.Where(m => m.Lien is LienMembre.Demandeur or LienMembre.ConjointOuCoDemandeur).Sum(m => m.Age)
                <= ValidationDemande.SommeAgesJeuneCoupleMaximum
            && _alea.NextDouble() < 0.5;
        if (_alea.NextDouble() < 0.10)
        {
            var i = _alea.Next(personnes);
            membres[i] = membres[i] with { Handicap = true };
        }
        var handicap = membres.Any(m => m.Handicap);
        return (membres, jeuneCouple, handicap);
    }

    private (decimal Rfr, decimal Mensuelles) TirerRevenus(int personnes)
    {
        // Revenus : 90 % sous le plafond PLUS (surtout bas : la majorité
        // des demandeurs est sous le plafond PLAI), 10 % au-dessus.
        var plafond = PlafondPlus[Math.Min(personnes, 6)] + Math.Max(0, personnes - 6) * 6_900m;
        var facteur =
            _alea.NextDouble() < 0.10
                ? 1.0 + _alea.NextDouble() * 0.6
                : 0.02 + 0.96 * Math.Pow(_alea.NextDouble(), 1.3);
        var rfr = _alea.NextDouble() < 0.05 ? 0m : Math.Round(plafond * (decimal)facteur, 0);
        // Ressources actuelles : proches du revenu fiscal, jamais sous un plancher de minima sociaux (RSA, AAH…).
        var mensuelles = Math.Max(
            500m + _alea.Next(400),
            Math.Round(rfr / 12m * (decimal)(0.75 + _alea.NextDouble() * 0.55), 0)
        );
        return (rfr, mensuelles);
    }

    private (SituationLogement Situation, MotifsDemande Motifs) TirerSituation(bool handicap)
    {
        var situation = Tirer(PoidsSituations, s => s.Poids).Situation;
        var motifs = situation switch
        {
            SituationLogement.SansLogement => MotifsDemande.SansLogement,
            SituationLogement.Heberge => MotifsDemande.Heberge,
            SituationLogement.LogementTemporaire => MotifsDemande.Heberge,
            SituationLogement.LocataireParcSocial => Choisir(
                MotifsDemande.LogementTropPetit,
                MotifsDemande.LoyerTropCher,
                MotifsDemande.RaisonsSante,
                MotifsDemande.LogementTropPetit
            ),
            SituationLogement.LocataireParcPrive => Choisir(
                MotifsDemande.LoyerTropCher,
                MotifsDemande.LoyerTropCher,
                MotifsDemande.LogementIndigne,
                MotifsDemande.LogementRepris,
                MotifsDemande.LogementTropPetit
            ),
            _ => Choisir(MotifsDemande.Divorce, MotifsDemande.RapprochementTravail, MotifsDemande.Autre),
        };
        if (_alea.NextDouble() < 0.2)
            motifs |= Choisir(
                MotifsDemande.Divorce,
                MotifsDemande.RapprochementTravail,
                MotifsDemande.RaisonsSante,
                MotifsDemande.Violences
            );
        if (handicap && _alea.NextDouble() < 0.5)
            motifs |= MotifsDemande.Handicap;
        return (situation, motifs);
    }

    private CriteresPrioritaires TirerCriteres(
        bool handicap,
        SituationLogement situation,
        MotifsDemande motifs,
        int personnes
    )
    {
        var criteres = CriteresPrioritaires.Aucun;
        if (handicap && _alea.NextDouble() < 0.6)
            criteres |= CriteresPrioritaires.Handicap;
        if (situation is SituationLogement.SansLogement or SituationLogement.Heberge && _alea.NextDouble() < 0.3)
            criteres |= CriteresPrioritaires.MalLogeDefavorise;
        if (situation == SituationLogement.LogementTemporaire && _alea.NextDouble() < 0.5)
            criteres |= CriteresPrioritaires.HebergementTransition;
        if (motifs.HasFlag(MotifsDemande.Violences))
            criteres |= CriteresPrioritaires.Violences;
        if (motifs.HasFlag(MotifsDemande.LogementIndigne) && _alea.NextDouble() < 0.5)
            criteres |= CriteresPrioritaires.HabitatIndigne;
        if (personnes >= 4 && motifs.HasFlag(MotifsDemande.LogementTropPetit) && _alea.NextDouble() < 0.4)
            criteres |= CriteresPrioritaires.SurOccupationAvecEnfant;
        if (_alea.NextDouble() < 0.02)
            criteres |= CriteresPrioritaires.RepriseActivite;
        return criteres;
    }

    private (List<string> Voulues, string? Travail) TirerCommunes(
        CommunePeuplee residence,
        Dictionary<string, Urne> parEpci,
        Urne departement
    )
    {
        // Communes : le premier choix près de la résidence, les suivants surtout dans l'EPCI du premier choix.
        var urneEpci =
            residence.EpciSiren is not null && parEpci.TryGetValue(residence.EpciSiren, out var u) ? u : null;
        var premiere = _alea.NextDouble() < 0.65 || urneEpci is null ? residence : urneEpci.Tirer(_alea);
        var voulues = new List<string> { premiere.Code };
        var nombre = Tirer([(1, 45), (2, 30), (3, 25)], x => x.Item2).Item1;
        var urnePremiere =
            premiere.EpciSiren is not null && parEpci.TryGetValue(premiere.EpciSiren, out var up) ? up : null;
        for (var essai = 0; voulues.Count < nombre && essai < 8; essai++)
        {
            var candidate = (
                urnePremiere is { Taille: > 1 } && _alea.NextDouble() < 0.85 ? urnePremiere : departement
            ).Tirer(_alea);
            if (!voulues.Contains(candidate.Code))
                voulues.Add(candidate.Code);
        }
        string? travail = null;
        if (_alea.NextDouble() < 0.55)
            travail = _alea.NextDouble() < 0.6 || urneEpci is null ? residence.Code : urneEpci.Tirer(_alea).Code;
        return (voulues, travail);
    }

    private (Typologies Principale, Typologies Acceptees) TirerTypologies(int personnes)
    {
        var principale = Typologie(personnes);
        var typologies = principale;
        if (principale != Typologies.T1 && _alea.NextDouble() < 0.5)
            typologies |= (Typologies)((int)principale >> 1);
        if (principale != Typologies.T6Plus && _alea.NextDouble() < 0.4)
            typologies |= (Typologies)((int)principale << 1);
        return (principale, typologies);
    }

    private (
        DateOnly Depot,
        StatutDemande Statut,
        DateOnly? Radiation,
        MotifRadiation? Motif,
        string? Attribution,
        DateOnly? Renouvellement
    ) TirerDates(DateOnly aujourdhui, List<string> voulues)
    {
        // Dépôt sur les six dernières années, ancienneté concentrée sur les plus récentes.
        var depot = aujourdhui.AddDays(-(int)(6 * 365 * Math.Pow(_alea.NextDouble(), 2)));
        var tirageStatut = _alea.NextDouble();
        var statut =
            tirageStatut < 0.85 ? StatutDemande.Active
            : tirageStatut < 0.93 ? StatutDemande.Satisfaite
            : StatutDemande.Radiee;
        DateOnly? radiation = null;
        MotifRadiation? motif = null;
        string? attribution = null;
        var fin = aujourdhui;
        if (statut != StatutDemande.Active)
        {
            var debut = depot > aujourdhui.AddDays(-730) ? depot : aujourdhui.AddDays(-730);
            radiation = debut.AddDays(_alea.Next(aujourdhui.DayNumber - debut.DayNumber + 1));
            fin = radiation.Value;
            motif =
                statut == StatutDemande.Satisfaite
                    ? MotifRadiation.Attribution
                    : MotifsRadiation[_alea.Next(MotifsRadiation.Length)];
            if (statut == StatutDemande.Satisfaite)
                attribution = _alea.NextDouble() < 0.8 ? voulues[0] : voulues[_alea.Next(voulues.Count)];
        }
        // Renouvellement annuel : le dernier anniversaire du dépôt avant aujourd'hui (ou avant la radiation).
        var annees = 0;
        while (depot.AddYears(annees + 1) <= fin)
            annees++;
        DateOnly? renouvellement = annees > 0 ? depot.AddYears(annees) : null;
        return (depot, statut, radiation, motif, attribution, renouvellement);
    }

    private List<MembreMenage> Menage()
    {
        var taille = Tirer(PoidsTailles.Select((p, i) => (Taille: i + 1, Poids: p)).ToArray(), t => t.Poids).Taille;
        if (taille == 6 && _alea.NextDouble() < 0.3)
            taille = 7;
        var membres = new List<MembreMenage>(taille);
        if (taille == 1)
        {
            var tranche = Tirer([(18, 24, 12), (25, 39, 30), (40, 59, 35), (60, 79, 18), (80, 95, 5)], t => t.Item3);
            membres.Add(
                new MembreMenage(
                    LienMembre.Demandeur,
                    tranche.Item1 + _alea.Next(tranche.Item2 - tranche.Item1 + 1),
                    false,
                    false
                )
            );
            return membres;
        }
        var couple = _alea.NextDouble() < (taille == 2 ? 0.45 : 0.55);
        var age = couple ? 20 + _alea.Next(41) : 22 + _alea.Next(34);
        membres.Add(new MembreMenage(LienMembre.Demandeur, age, false, false));
        if (couple)
            membres.Add(
                new MembreMenage(LienMembre.ConjointOuCoDemandeur, Math.Max(18, age - 5 + _alea.Next(11)), false, false)
            );
        else if (taille == 2 && _alea.NextDouble() < 0.15)
        {
            membres.Add(
                new MembreMenage(
                    _alea.NextDouble() < 0.5 ? LienMembre.Ascendant : LienMembre.AutrePersonne,
                    Math.Min(100, age + 20 + _alea.Next(15)),
                    false,
                    false
                )
            );
            return membres;
        }
        while (membres.Count < taille)
        {
            if (taille >= 4 && membres.Count == taille - 1 && _alea.NextDouble() < 0.04)
            {
                membres.Add(
                    new MembreMenage(
                        LienMembre.Ascendant,
                        Math.Min(100, age + 22 + _alea.Next(15)),
                        false,
                        _alea.NextDouble() < 0.5
                    )
                );
                continue;
            }
            var ageMaximum = Math.Clamp(age - 17, 0, 20);
            membres.Add(new MembreMenage(LienMembre.Enfant, _alea.Next(ageMaximum + 1), false, true));
        }
        return membres;
    }

    private Typologies Typologie(int personnes)
    {
        var (petite, grande, partGrande) = personnes switch
        {
            1 => (Typologies.T1, Typologies.T2, 0.7),
            2 => (Typologies.T2, Typologies.T3, 0.3),
            3 => (Typologies.T3, Typologies.T4, 0.25),
            4 => (Typologies.T3, Typologies.T4, 0.7),
            5 => (Typologies.T4, Typologies.T5, 0.4),
            _ => (Typologies.T5, Typologies.T6Plus, 0.4),
        };
        return _alea.NextDouble() < partGrande ? grande : petite;
    }

    private T Choisir<T>(params T[] valeurs) => valeurs[_alea.Next(valeurs.Length)];

    private T Tirer<T>(IReadOnlyList<T> valeurs, Func<T, int> poids)
    {
        var total = 0;
        foreach (var v in valeurs)
            total += poids(v);
        var tirage = _alea.Next(total);
        foreach (var v in valeurs)
        {
            tirage -= poids(v);
            if (tirage < 0)
                return v;
        }
        return valeurs[^1];
    }

    /// <summary>Écrit les demandes au format CSV (UTF-8 sans BOM, fins de ligne « \n ») au fil de l'eau ; renvoie le
    /// nombre de lignes.</summary>
    public static long EcrireCsv(
        IEnumerable<DemandeLogement> demandes,
        Stream sortie,
        IProgress<long>? progression = null
    )
    {
        ArgumentNullException.ThrowIfNull(demandes);
        using var ecrivain = new StreamWriter(sortie, new UTF8Encoding(false), 1 << 16, leaveOpen: true)
        {
            NewLine = "\n",
        };
        ecrivain.WriteLine(FormatDemandes.Entete);
        var ligne = new StringBuilder(256);
        long n = 0;
        foreach (var d in demandes)
        {
            ligne.Clear();
            FormatDemandes.Ecrire(ligne, d);
            ecrivain.WriteLine(ligne);
            if (++n % 50_000 == 0)
                progression?.Report(n);
        }
        progression?.Report(n);
        return n;
    }
}
