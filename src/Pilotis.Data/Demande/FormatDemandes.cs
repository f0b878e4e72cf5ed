using System.Globalization;
using System.Text;
using Pilotis.Domain.Demande;
using K = Pilotis.Domain.Demande.CodesDemande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Le format CSV de l'extrait du registre (docs/formats/demandes.md) : noms des colonnes, lecture d'une ligne en
/// demande (avec les erreurs de format en français, colonne nommée) et écriture d'une demande en ligne (générateur).
/// Une seule définition pour l'import et le générateur : ce que l'un écrit, l'autre le relit.
/// </summary>
public static class FormatDemandes
{
    public const string NumeroUnique = "numero_unique";
    public const string Departement = "departement";
    public const string DateDepot = "date_depot";
    public const string DateRenouvellement = "date_renouvellement";
    public const string Statut = "statut";
    public const string MotifRadiation = "motif_radiation";
    public const string DateRadiation = "date_radiation";
    public const string CommuneAttribution = "commune_attribution";
    public const string Liens = "liens";
    public const string Ages = "ages";
    public const string Handicaps = "handicaps";
    public const string ACharge = "a_charge";
    public const string JeuneCouple = "jeune_couple";
    public const string RevenuFiscalReference = "revenu_fiscal_reference";
    public const string RessourcesMensuelles = "ressources_mensuelles";
    public const string SituationLogement = "situation_logement";
    public const string Motifs = "motifs";
    public const string CommuneResidence = "commune_residence";
    public const string CommuneTravail = "commune_travail";
    public const string CommunesSouhaitees = "communes_souhaitees";
    public const string TypologiePrincipale = "typologie_principale";
    public const string Typologies = "typologies";
    public const string Mutation = "mutation";
    public const string Dalo = "dalo";
    public const string CriteresPrioritaires = "criteres_prioritaires";

    /// <summary>Toutes les colonnes, dans l'ordre où le générateur les écrit ; toutes sont attendues dans l'en-tête
    /// (ordre libre).</summary>
    public static IReadOnlyList<string> Colonnes { get; } =
    [
        NumeroUnique,
        Departement,
        DateDepot,
        DateRenouvellement,
        Statut,
        MotifRadiation,
        DateRadiation,
        CommuneAttribution,
        Liens,
        Ages,
        Handicaps,
        ACharge,
        JeuneCouple,
        RevenuFiscalReference,
        RessourcesMensuelles,
        SituationLogement,
        Motifs,
        CommuneResidence,
        CommuneTravail,
        CommunesSouhaitees,
        TypologiePrincipale,
        Typologies,
        Mutation,
        Dalo,
        CriteresPrioritaires,
    ];

    public static string Entete => string.Join(';', Colonnes);

    /// <summary>
    /// Lit une ligne : <paramref name="cellule"/> donne la valeur
    /// (rognée, null si vide) d'une colonne par son indice dans
    /// <see cref="Colonnes"/>. Les erreurs de format s'ajoutent à <paramref name="messages"/> ; null si la ligne est
    /// illisible.
    /// </summary>
    public static DemandeLogement? Lire(Func<int, string?> cellule, List<string> messages)
    {
        ArgumentNullException.ThrowIfNull(cellule);
        ArgumentNullException.ThrowIfNull(messages);
        var avant = messages.Count;
        // Les messages s'ajoutent dans l'ordre des colonnes lues : l'ordre des étapes compte.
        var l = new LecteurLigne(cellule, messages);
        var numero = l.Obligatoire(NumeroUnique);
        var departement = l.LireDepartement();
        var membres = l.LireMembres();
        var communes = l.LireCommunes();
        var (statut, motif) = l.LireStatutEtMotif();
        var situation = l.LireSituation();
        var (principale, typologies) = l.LireTypologies();
        var demande = new DemandeLogement
        {
            NumeroUnique = numero,
            DepartementCode = departement,
            Membres = membres,
            JeuneCouple = l.Booleen(JeuneCouple),
            RevenuFiscalReference = l.Montant(RevenuFiscalReference),
            RessourcesMensuelles = l.Montant(RessourcesMensuelles),
            SituationLogement = situation,
            Motifs = l.Drapeaux(Motifs, K.Motifs),
            CommuneResidenceCode = l.Commune(CommuneResidence),
            CommuneTravailCode = l.Commune(CommuneTravail),
            Communes = communes,
            TypologiePrincipale = principale,
            TypologiesSouhaitees = typologies,
            Mutation = l.Booleen(Mutation),
            Dalo = l.Booleen(Dalo),
            CriteresPrioritaires = l.Drapeaux(CriteresPrioritaires, K.Criteres),
            DateDepot = l.Date(DateDepot, true) ?? default,
            DateRenouvellement = l.Date(DateRenouvellement, false),
            Statut = statut,
            MotifRadiation = motif,
            DateRadiation = l.Date(DateRadiation, false),
            CommuneAttributionCode = l.Commune(CommuneAttribution),
        };
        return messages.Count > avant ? null : demande;
    }

    /// <summary>Lecture des cellules d'une ligne, chaque erreur de format ajoutée aux messages.</summary>
    private sealed class LecteurLigne(Func<int, string?> cellule, List<string> messages)
    {
        public string? C(string colonne) => cellule(Indice(colonne));

        public string Obligatoire(string colonne)
        {
            var v = C(colonne);
            if (string.IsNullOrEmpty(v))
                messages.Add($"{colonne} : valeur obligatoire.");
            return v ?? "";
        }

        public DateOnly? Date(string colonne, bool obligatoire)
        {
            var v = obligatoire ? Obligatoire(colonne) : C(colonne);
            if (string.IsNullOrEmpty(v))
                return null;
            if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return d;
            messages.Add($"{colonne} : « {Francais.Extrait(v)} » n'est pas une date au format AAAA-MM-JJ.");
            return null;
        }

        public decimal Montant(string colonne)
        {
            var v = Obligatoire(colonne);
            if (v.Length == 0)
                return 0m;
            if (
                decimal.TryParse(
                    v.Replace(',', '.'),
                    NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture,
                    out var m
                )
                && decimal.Round(m, 2) == m
            )
                return m;
            messages.Add(
                $"{colonne} : « {Francais.Extrait(v)} » n'est pas un montant en euros (chiffres, au plus 2 décimales)."
            );
            return 0m;
        }

        public bool Booleen(string colonne)
        {
            var v = C(colonne);
            if (string.IsNullOrEmpty(v))
                return false;
            if (K.LireBooleen(v, out var b))
                return b;
            messages.Add($"{colonne} : « {Francais.Extrait(v)} » attendu oui ou non.");
            return false;
        }

        public T Code<T>(
            string colonne,
            IReadOnlyList<(T Valeur, string Code, string Libelle, string Court)> table,
            string v
        )
        {
            if (K.Lire(table, v, out var valeur))
                return valeur;
            messages.Add(
                $"{colonne} : « {Francais.Extrait(v)} » inconnu "
                    + $"(attendu : {string.Join(", ", table.Select(t => t.Code))})."
            );
            return default!;
        }

        public T Drapeaux<T>(string colonne, IReadOnlyList<(T Valeur, string Code, string Libelle, string Court)> table)
            where T : struct, Enum
        {
            var v = C(colonne);
            long bits = 0;
            if (string.IsNullOrEmpty(v))
                return (T)Enum.ToObject(typeof(T), 0);
            foreach (
                var morceau in v.Split(
                    K.Separateur,
                    StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
                )
            )
            {
                bits |= Convert.ToInt64(Code(colonne, table, morceau), CultureInfo.InvariantCulture);
            }
            return (T)Enum.ToObject(typeof(T), bits);
        }

        public string? Commune(string colonne)
        {
            var v = C(colonne);
            return string.IsNullOrEmpty(v) ? null : v.ToUpperInvariant();
        }

        public string LireDepartement()
        {
            var departement = Obligatoire(Departement).ToUpperInvariant();
            if (departement.Length is > 0 and < 2 && char.IsAsciiDigit(departement[0]))
                departement = "0" + departement;
            return departement;
        }

        /// <summary>Membres : colonnes parallèles, autant de valeurs dans chacune.</summary>
        public List<MembreMenage> LireMembres()
        {
            var liens = Obligatoire(Liens).Split(K.Separateur, StringSplitOptions.TrimEntries);
            var ages = Obligatoire(Ages).Split(K.Separateur, StringSplitOptions.TrimEntries);
            var handicapsTexte = C(Handicaps);
            var chargeTexte = C(ACharge);
            var handicaps = string.IsNullOrEmpty(handicapsTexte)
                ? null
                : handicapsTexte.Split(K.Separateur, StringSplitOptions.TrimEntries);
            var charges = string.IsNullOrEmpty(chargeTexte)
                ? null
                : chargeTexte.Split(K.Separateur, StringSplitOptions.TrimEntries);
            var membres = new List<MembreMenage>(liens.Length);
            if (liens.Length > 0 && liens[0].Length > 0)
            {
                if (ages.Length != liens.Length)
                    messages.Add(
                        $"{Ages} : {ages.Length} âge(s) pour {liens.Length} personne(s) dans {Liens} (une valeur par "
                            + $"personne, séparées par « | »)."
                    );
                if (handicaps is not null && handicaps.Length != liens.Length)
                    messages.Add(
                        $"{Handicaps} : {handicaps.Length} valeur(s) pour {liens.Length} personne(s) (oui ou non par "
                            + $"personne, ou cellule vide)."
                    );
                if (charges is not null && charges.Length != liens.Length)
                    messages.Add(
                        $"{ACharge} : {charges.Length} valeur(s) pour {liens.Length} personne(s) (oui ou non par "
                            + $"personne, ou cellule vide)."
                    );
                for (var i = 0; i < liens.Length; i++)
                {
                    var lien = Code(Liens, K.Liens, liens[i]);
                    var age = 0;
                    if (
                        i < ages.Length
                        && !int.TryParse(ages[i], NumberStyles.None, CultureInfo.InvariantCulture, out age)
                    )
                    {
                        messages.Add(
                            $"{Ages} : « {Francais.Extrait(ages[i])} » n'est pas un âge en années (personne {i + 1})."
                        );
                    }
                    var handicap = false;
                    if (handicaps is not null && i < handicaps.Length && !K.LireBooleen(handicaps[i], out handicap))
                        messages.Add(
                            $"{Handicaps} : « {Francais.Extrait(handicaps[i])} » attendu oui ou non (personne {i + 1})."
                        );
                    var aCharge = false;
                    if (charges is not null && i < charges.Length && !K.LireBooleen(charges[i], out aCharge))
                        messages.Add(
                            $"{ACharge} : « {Francais.Extrait(charges[i])} » attendu oui ou non (personne {i + 1})."
                        );
                    membres.Add(new MembreMenage(lien, age, handicap, aCharge));
                }
            }
            return membres;
        }

        public List<CommuneSouhaitee> LireCommunes()
        {
            var communes = new List<CommuneSouhaitee>();
            var souhaitees = Obligatoire(CommunesSouhaitees);
            if (souhaitees.Length > 0)
            {
                var rang = 0;
                foreach (
                    var code in souhaitees.Split(
                        K.Separateur,
                        StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
                    )
                )
                {
                    communes.Add(new CommuneSouhaitee { Rang = ++rang, CommuneCode = code.ToUpperInvariant() });
                }
            }
            return communes;
        }

        public (StatutDemande Statut, MotifRadiation? Motif) LireStatutEtMotif()
        {
            var statutTexte = Obligatoire(Statut);
            var statut = statutTexte.Length > 0 ? Code(Statut, K.Statuts, statutTexte) : StatutDemande.Active;
            var motifTexte = C(MotifRadiation);
            MotifRadiation? motif = string.IsNullOrEmpty(motifTexte)
                ? null
                : Code(MotifRadiation, K.MotifsRadiation, motifTexte);
            // Une demande satisfaite est radiée pour attribution : le motif peut être omis.
            if (statut == StatutDemande.Satisfaite && motif is null)
                motif = Domain.Demande.MotifRadiation.Attribution;
            return (statut, motif);
        }

        public SituationLogement LireSituation()
        {
            var situationTexte = Obligatoire(SituationLogement);
            var situation = situationTexte.Length > 0 ? Code(SituationLogement, K.Situations, situationTexte) : default;
            return situation;
        }

        public (Typologies Principale, Typologies Acceptees) LireTypologies()
        {
            var principaleTexte = Obligatoire(TypologiePrincipale);
            var principale =
                principaleTexte.Length > 0
                    ? Code(TypologiePrincipale, K.TypologiesCodes, principaleTexte)
                    : Domain.Demande.Typologies.Aucune;
            var typologies = Drapeaux(Typologies, K.TypologiesCodes);
            // Les typologies acceptées comprennent la principale : la répéter n'est pas obligatoire.
            typologies |= principale;
            return (principale, typologies);
        }
    }

    private static readonly Dictionary<string, int> Indices = Colonnes
        .Select((c, i) => (c, i))
        .ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    public static int Indice(string colonne) =>
        Indices.TryGetValue(colonne, out var i)
            ? i
            : throw new ArgumentOutOfRangeException(
                nameof(colonne),
                colonne,
                "Colonne inconnue du format des demandes."
            );

    /// <summary>Écrit une demande en une ligne du format (sans fin de ligne), codes en minuscules, montants sans
    /// séparateur de milliers.</summary>
    public static void Ecrire(StringBuilder ligne, DemandeLogement d)
    {
        ArgumentNullException.ThrowIfNull(ligne);
        ArgumentNullException.ThrowIfNull(d);
        var inv = CultureInfo.InvariantCulture;
        void Cellule(string? valeur, bool derniere = false)
        {
            ligne.Append(valeur);
            if (!derniere)
                ligne.Append(';');
        }
        static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Cellule(d.NumeroUnique);
        Cellule(d.DepartementCode);
        Cellule(Date(d.DateDepot));
        Cellule(Date(d.DateRenouvellement));
        Cellule(K.Code(K.Statuts, d.Statut));
        Cellule(d.MotifRadiation is { } motif ? K.Code(K.MotifsRadiation, motif) : null);
        Cellule(Date(d.DateRadiation));
        Cellule(d.CommuneAttributionCode);
        Cellule(string.Join(K.Separateur, d.Membres.Select(m => K.Code(K.Liens, m.Lien))));
        Cellule(string.Join(K.Separateur, d.Membres.Select(m => m.Age.ToString(inv))));
        Cellule(string.Join(K.Separateur, d.Membres.Select(m => K.Oui(m.Handicap))));
        Cellule(string.Join(K.Separateur, d.Membres.Select(m => K.Oui(m.ACharge))));
        Cellule(K.Oui(d.JeuneCouple));
        Cellule(d.RevenuFiscalReference.ToString("0.##", inv));
        Cellule(d.RessourcesMensuelles.ToString("0.##", inv));
        Cellule(K.Code(K.Situations, d.SituationLogement));
        Cellule(K.Codes(K.Motifs, d.Motifs));
        Cellule(d.CommuneResidenceCode);
        Cellule(d.CommuneTravailCode);
        Cellule(string.Join(K.Separateur, d.Communes.OrderBy(c => c.Rang).Select(c => c.CommuneCode)));
        Cellule(K.Code(K.TypologiesCodes, d.TypologiePrincipale));
        Cellule(K.Codes(K.TypologiesCodes, d.TypologiesSouhaitees));
        Cellule(K.Oui(d.Mutation));
        Cellule(K.Oui(d.Dalo));
        Cellule(K.Codes(K.Criteres, d.CriteresPrioritaires), derniere: true);
    }
}
