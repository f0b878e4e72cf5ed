using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using C = Pilotis.Data.Production.ColonnesOperations;

namespace Pilotis.Data.Production;

/// <summary>
/// Import CSV des opérations existantes (une ligne par lot = opération × produit ; format :
/// docs/formats/operations.md),
/// pour reprendre un tableur ou un export de l'État. Tout le fichier est lu et vérifié d'abord ; une seule ligne fausse
/// et rien n'est écrit, chaque erreur étant rapportée avec son numéro de ligne. Une opération dont le numéro existe est
/// mise à jour (ses lots deviennent ceux du fichier) ; réimporter le même fichier ne change rien.
/// Les nouvelles opérations s'écrivent par COPY binaire sur PostgreSQL (100 000 lignes), par lots EF Core sur SQLite ;
/// le tout dans une seule transaction. Utilisé par la page d'import et par `pilotis import operations`.
/// </summary>
public sealed class ImportOperations(PilotisDbContext db, TimeProvider? horloge = null)
{
    private const string AuteurParDefaut = "Import CSV des opérations";

    // Les organisations qu'une ligne peut nommer comme maître d'ouvrage : celles que la table des habilitations
    // autorise à porter des opérations (Acte.Creer).
    private static readonly TypeOrganisation[] PorteursOperations = Enum.GetValues<TypeOrganisation>()
        .Where(t => Habilitations.PorteeDuType(t, Ressource.Operations, Acte.Creer) != Portee.Aucune)
        .ToArray();
    private readonly TimeProvider _horloge = horloge ?? db.Horloge;

    /// <param name="communeAutorisee">Restreint les communes importables (périmètre de l'acteur) ; null :
    /// toutes.</param>
    /// <param name="progression">Appelée avec le nombre de lignes lues (barre de progression de la CLI).</param>
    public async Task<BilanImportOperations> ExecuterAsync(
        Stream flux,
        Func<string, bool>? communeAutorisee = null,
        string? auteur = null,
        Action<int>? progression = null,
        CancellationToken ct = default
    )
    {
        var chrono = System.Diagnostics.Stopwatch.StartNew();
        var aujourdhui = DateOnly.FromDateTime(_horloge.GetUtcNow().UtcDateTime);
        var communes = await CommunesAsync(ct);
        var bailleurs = await BailleursAsync(ct);
        LectureFichier lu;
        try
        {
            lu = await LireFichierAsync(flux, communes, bailleurs, communeAutorisee, aujourdhui, progression, ct);
        }
        catch (FichierCsvRefuseException refus)
        {
            return new BilanImportOperations(0, 0, 0, 0, 0, [refus.Erreur], []);
        }
        if (lu.Echec is not null)
            return Echec(lu.Echec);
        if (lu.Erreurs.Count > 0)
            return new BilanImportOperations(lu.Lignes, 0, 0, 0, 0, lu.Erreurs, lu.Avertissements);
        if (lu.Lignes == 0)
            return Echec("Le fichier ne contient aucune ligne de données après l'en-tête.");

        var lecture = chrono.Elapsed;
        var ecriture = new EcritureOperations(db, _horloge.GetUtcNow(), auteur ?? AuteurParDefaut);
        var (ajoutees, modifiees, inchangees) = await ecriture.ExecuterAsync(lu.Operations.Values.ToList(), ct);
        return new BilanImportOperations(
            lu.Lignes,
            lu.Operations.Count,
            ajoutees,
            modifiees,
            inchangees,
            [],
            lu.Avertissements
        )
        {
            DureeLecture = lecture,
            DureeEcriture = chrono.Elapsed - lecture,
        };

        BilanImportOperations Echec(string message) =>
            new(0, 0, 0, 0, 0, [new ErreurLigne(1, message)], lu.Avertissements);
    }

    /// <summary>Ce que la lecture du fichier a trouvé : opérations lues, erreurs par ligne, avertissements.</summary>
    private sealed class LectureFichier
    {
        public int Lignes { get; set; }
        public Dictionary<string, OperationLue> Operations { get; } = new(StringComparer.Ordinal);
        public List<ErreurLigne> Erreurs { get; } = [];
        public List<string> Avertissements { get; } = [];

        /// <summary>En-tête inutilisable : rien n'est lu.</summary>
        public string? Echec { get; set; }
    }

    private async Task<Dictionary<string, LieuCommune>> CommunesAsync(CancellationToken ct)
    {
        // Un code INSEE peut désigner à la fois une commune actuelle et une commune déléguée : l'actuelle prime.
        var communes = new Dictionary<string, LieuCommune>(StringComparer.Ordinal);
        foreach (
            var c in await db
                .Communes.AsNoTracking()
                .Select(c => new
                {
                    c.Code,
                    c.Type,
                    c.EpciSiren,
                    c.DepartementCode,
                    c.RegionCode,
                })
                .ToListAsync(ct)
        )
        {
            if (
                !communes.TryGetValue(c.Code, out var deja)
                || (deja.Type != TypeCommune.Actuelle && c.Type == TypeCommune.Actuelle)
            )
            {
                communes[c.Code] = new LieuCommune(c.Type, c.EpciSiren, c.DepartementCode, c.RegionCode);
            }
        }
        return communes;
    }

    private Task<Dictionary<string, int>> BailleursAsync(CancellationToken ct) =>
        db
            .Organisations.AsNoTracking()
            .Where(o => PorteursOperations.Contains(o.Type) && o.Siren != null && o.Active)
            .Select(o => new { o.Siren, o.Id })
            .ToDictionaryAsync(o => o.Siren!, o => o.Id, ct);

    /// <summary>Lit tout le fichier (en-tête puis lignes), sans rien écrire ; s'arrête après 1 000 erreurs.</summary>
    private static async Task<LectureFichier> LireFichierAsync(
        Stream flux,
        Dictionary<string, LieuCommune> communes,
        Dictionary<string, int> bailleurs,
        Func<string, bool>? communeAutorisee,
        DateOnly aujourdhui,
        Action<int>? progression,
        CancellationToken ct
    )
    {
        var lecture = new LectureFichier();
        using var fichier = LectureCsv.Ouvrir(flux, lecture.Erreurs.Add);
        var csv = fichier.Lecteur;
        var brutes = LectureCsv.Entetes(csv);
        var manquantes = C.Obligatoires.Where(c => !brutes.ContainsKey(c)).ToList();
        if (manquantes.Count > 0)
        {
            lecture.Echec =
                brutes.Count == 0
                    ? "Fichier vide ou illisible : la ligne d'en-tête est attendue ("
                        + string.Join(";", C.Obligatoires)
                        + ")."
                    : "Colonnes obligatoires absentes de l'en-tête : " + string.Join(", ", manquantes) + ".";
            return lecture;
        }
        var ignorees = brutes.Keys.Where(k => !C.Obligatoires.Contains(k) && !C.Facultatives.Contains(k)).ToList();
        if (ignorees.Count > 0)
            lecture.Avertissements.Add(
                "Colonnes ignorées (inconnues du format) : " + string.Join(", ", ignorees) + "."
            );
        var colonnes = C
            .Obligatoires.Concat(C.Facultatives)
            .Where(brutes.ContainsKey)
            .ToDictionary(c => c, c => brutes[c], StringComparer.Ordinal);

        while (await fichier.LireAsync(ct))
        {
            lecture.Lignes++;
            if (lecture.Lignes % 5000 == 0)
                progression?.Invoke(lecture.Lignes);
            var numeroLigne = (int)csv.LineNumber;
            string? Cellule(string colonne) =>
                colonnes.TryGetValue(colonne, out var brute) ? csv.GetStringOrNull(brute)?.Trim() : null;
            var messages = new List<string>();
            var ligne = LireLigne(Cellule, messages, communes, bailleurs, communeAutorisee, aujourdhui);
            if (ligne is not null)
                Rattacher(ligne, numeroLigne, lecture.Operations, messages);
            if (messages.Count > 0)
                lecture.Erreurs.Add(new ErreurLigne(numeroLigne, string.Join(" ", messages)));
            if (lecture.Erreurs.Count >= 1000)
            {
                lecture.Erreurs.Add(
                    new ErreurLigne(
                        numeroLigne,
                        "Trop d'erreurs : la lecture s'arrête ici. Corrigez les lignes signalées et réimportez."
                    )
                );
                break;
            }
        }
        progression?.Invoke(lecture.Lignes);
        return lecture;
    }

    internal sealed record LieuCommune(TypeCommune Type, string? EpciSiren, string DepartementCode, string RegionCode);

    internal sealed record LigneLue(
        string Numero,
        string CodeCommune,
        LieuCommune Lieu,
        int BailleurId,
        NatureOperation Nature,
        Produit Produit,
        int Logements,
        DateOnly? Depot,
        DateOnly? Agrement,
        StatutOperation? Statut,
        DateOnly? Chantier,
        DateOnly? Livraison,
        string? Nom
    );

    /// <summary>
    /// Une opération du fichier : ses champs communs (vérifiés identiques d'une ligne à l'autre) et ses lots.
    /// </summary>
    internal sealed class OperationLue(LigneLue premiere, int ligne)
    {
        public LigneLue Premiere { get; } = premiere;
        public int Ligne { get; } = ligne;
        public Dictionary<Produit, (int Logements, DateOnly? Agrement, int Ligne)> Lots { get; } = [];
        public string? Nom { get; set; } = premiere.Nom;

        public DateOnly? DateAgrement => Lots.Values.Select(l => l.Agrement).Where(d => d is not null).Min();

        /// <summary>
        /// Statut donné par le fichier, sinon déduit des dates (agréée → engagée ; déposée → transmise ; sinon
        /// brouillon).
        /// </summary>
        public StatutOperation Statut =>
            Premiere.Statut
            ?? (
                DateAgrement is not null
                    ? (Premiere.Chantier is not null ? StatutOperation.Acompte : StatutOperation.Engagee)
                : Premiere.Depot is not null ? StatutOperation.Transmise
                : StatutOperation.BrouillonCree
            );
    }

    private static LigneLue? LireLigne(
        Func<string, string?> cellule,
        List<string> messages,
        Dictionary<string, LieuCommune> communes,
        Dictionary<string, int> bailleurs,
        Func<string, bool>? communeAutorisee,
        DateOnly aujourdhui
    )
    {
        var l = new LectureLigne(cellule, messages, aujourdhui);
        var numero = l.Obligatoire(C.Numero);
        if (numero.Length > 50)
            messages.Add($"{C.Numero} : 50 caractères au plus.");
        var (code, lieu) = l.Commune(communes, communeAutorisee);
        var bailleur = l.Bailleur(bailleurs);
        var nature = l.Nature();
        var produit = l.Produit();
        var logements = l.Logements();
        var depot = l.Date(C.DateDepot);
        var agrement = l.Date(C.DateAgrement);
        var chantier = l.Date(C.DateOuvertureChantier);
        var livraison = l.Date(C.DateLivraison);
        l.ControlerChronologie(depot, agrement, chantier, livraison);
        var statut = l.Statut(depot, agrement);
        var nom = cellule(C.Nom);
        if (nom?.Length > 200)
            messages.Add($"{C.Nom} : 200 caractères au plus.");

        return messages.Count > 0 || lieu is null
            ? null
            : new LigneLue(
                numero,
                code,
                lieu,
                bailleur,
                nature,
                produit,
                logements,
                depot,
                agrement,
                statut,
                chantier,
                livraison,
                string.IsNullOrEmpty(nom) ? null : nom
            );
    }

    /// <summary>
    /// La lecture des cellules d'une ligne : chaque valeur refusée ajoute son message, colonne en tête.
    /// </summary>
    private sealed class LectureLigne(Func<string, string?> cellule, List<string> messages, DateOnly aujourdhui)
    {
        public string Obligatoire(string colonne)
        {
            var v = cellule(colonne);
            if (string.IsNullOrEmpty(v))
                messages.Add($"{colonne} : valeur obligatoire.");
            return v ?? "";
        }

        public DateOnly? Date(string colonne)
        {
            var v = cellule(colonne);
            if (string.IsNullOrEmpty(v))
                return null;
            if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                if (d > aujourdhui)
                    messages.Add($"{colonne} : le {d:dd/MM/yyyy} est dans le futur.");
                return d;
            }
            messages.Add($"{colonne} : « {Francais.Extrait(v)} » n'est pas une date au format AAAA-MM-JJ.");
            return null;
        }

        public (string Code, LieuCommune? Lieu) Commune(
            Dictionary<string, LieuCommune> communes,
            Func<string, bool>? communeAutorisee
        )
        {
            var code = Obligatoire(C.CodeCommune).ToUpperInvariant();
            LieuCommune? lieu = null;
            if (code.Length > 0)
            {
                if (!communes.TryGetValue(code, out lieu))
                    messages.Add(
                        $"{C.CodeCommune} : « {Francais.Extrait(code)} » n'est pas un code INSEE de commune connu."
                    );
                else if (lieu.Type != TypeCommune.Actuelle)
                {
                    messages.Add(
                        $"{C.CodeCommune} : « {Francais.Extrait(code)} » est une commune déléguée, associée ou un "
                            + "arrondissement ; indiquez la commune actuelle."
                    );
                    lieu = null;
                }
                else if (communeAutorisee is not null && !communeAutorisee(code))
                {
                    messages.Add($"{C.CodeCommune} : la commune {code} est hors de votre périmètre.");
                    lieu = null;
                }
            }
            return (code, lieu);
        }

        public int Bailleur(Dictionary<string, int> bailleurs)
        {
            var siren = Obligatoire(C.SirenBailleur).Replace(" ", "", StringComparison.Ordinal);
            var bailleur = 0;
            if (siren.Length > 0)
            {
                if (!Organisation.SirenValide(siren))
                    messages.Add(
                        $"{C.SirenBailleur} : « {Francais.Extrait(siren)} » n'est pas un SIREN valide "
                            + "(9 chiffres, clé de contrôle)."
                    );
                else if (!bailleurs.TryGetValue(siren, out bailleur))
                    messages.Add(
                        $"{C.SirenBailleur} : aucun bailleur actif de SIREN {siren} n'est "
                            + "enregistré (créez-le d'abord dans Administration › Organisations)."
                    );
            }
            return bailleur;
        }

        public NatureOperation Nature()
        {
            var natureTexte = Obligatoire(C.Nature);
            NatureOperation nature = default;
            if (natureTexte.Length > 0 && !CodesProduction.TryNature(natureTexte, out nature))
            {
                messages.Add(
                    $"{C.Nature} : « {Francais.Extrait(natureTexte)} » inconnue (attendu : "
                        + $"{string.Join(", ", CodesProduction.Natures.Select(n => n.Code))})."
                );
            }
            return nature;
        }

        public Produit Produit()
        {
            var produitTexte = Obligatoire(C.Produit);
            Produit produit = default;
            if (produitTexte.Length > 0 && !CodesProduction.TryProduit(produitTexte, out produit))
            {
                messages.Add(
                    $"{C.Produit} : « {Francais.Extrait(produitTexte)} » inconnu (attendu : "
                        + $"{string.Join(", ", CodesProduction.Produits.Select(p => p.Code))})."
                );
            }
            return produit;
        }

        public int Logements()
        {
            var logementsTexte = Obligatoire(C.NombreLogements);
            var logements = 0;
            if (
                logementsTexte.Length > 0
                && (
                    !int.TryParse(logementsTexte, NumberStyles.None, CultureInfo.InvariantCulture, out logements)
                    || logements < 1
                    || logements > ValidationOperation.LogementsParLotMaximum
                )
            )
            {
                messages.Add(
                    $"{C.NombreLogements} : « {Francais.Extrait(logementsTexte)} » doit être un nombre entier "
                        + $"de 1 à {ValidationOperation.LogementsParLotMaximum}."
                );
            }
            return logements;
        }

        public void ControlerChronologie(DateOnly? depot, DateOnly? agrement, DateOnly? chantier, DateOnly? livraison)
        {
            if (depot is DateOnly dd && agrement is DateOnly da && da < dd)
                messages.Add($"{C.DateAgrement} : l'agrément ({da:dd/MM/yyyy}) précède le dépôt ({dd:dd/MM/yyyy}).");
            if (chantier is DateOnly dc)
            {
                if (agrement is null)
                    messages.Add(
                        $"{C.DateOuvertureChantier} : un chantier ne s'ouvre qu'après l'agrément (date_agrement vide)."
                    );
                else if (dc < agrement)
                    messages.Add($"{C.DateOuvertureChantier} : l'ouverture du chantier précède l'agrément.");
            }
            if (livraison is DateOnly dl)
            {
                if (chantier is null)
                    messages.Add(
                        $"{C.DateLivraison} : une livraison suppose l'ouverture du chantier "
                            + "(date_ouverture_chantier vide)."
                    );
                else if (dl < chantier)
                    messages.Add($"{C.DateLivraison} : la livraison précède l'ouverture du chantier.");
            }
        }

        public StatutOperation? Statut(DateOnly? depot, DateOnly? agrement)
        {
            StatutOperation? statut = null;
            var statutTexte = cellule(C.Statut);
            if (!string.IsNullOrEmpty(statutTexte))
            {
                if (!StatutsOperation.TryLire(statutTexte, out var s))
                {
                    messages.Add(
                        $"{C.Statut} : « {Francais.Extrait(statutTexte)} » n'est pas un statut SIAP connu (voir "
                            + "docs/formats/operations.md)."
                    );
                }
                else
                {
                    statut = s;
                    if (s.EstAgreee() && agrement is null)
                        messages.Add($"{C.Statut} : {s.Code()} suppose une date_agrement.");
                    if (s.EstAvantAgrement() && agrement is not null)
                        messages.Add(
                            $"{C.Statut} : {s.Code()} est un statut d'avant l'agrément, or "
                                + "date_agrement est renseignée."
                        );
                    if (
                        s
                            is not (
                                StatutOperation.BrouillonCree
                                or StatutOperation.BrouillonATransmettre
                                or StatutOperation.Annulee
                                or StatutOperation.Supprimee
                            )
                        && depot is null
                    )
                    {
                        messages.Add($"{C.Statut} : {s.Code()} suppose un dossier déposé (date_depot vide).");
                    }
                }
            }
            return statut;
        }
    }

    /// <summary>
    /// Range la ligne dans son opération ; les champs communs doivent être identiques sur toutes les lignes de
    /// l'opération.
    /// </summary>
    private static void Rattacher(
        LigneLue ligne,
        int numeroLigne,
        Dictionary<string, OperationLue> operations,
        List<string> messages
    )
    {
        if (!operations.TryGetValue(ligne.Numero, out var operation))
        {
            operation = new OperationLue(ligne, numeroLigne);
            operation.Lots[ligne.Produit] = (ligne.Logements, ligne.Agrement, numeroLigne);
            operations[ligne.Numero] = operation;
            return;
        }
        var p = operation.Premiere;
        void Comparer<T>(string colonne, T ici, T la, Func<T, string> texte)
        {
            if (!EqualityComparer<T>.Default.Equals(ici, la))
            {
                messages.Add(
                    $"{colonne} : « {Francais.Extrait(texte(ici))} » diffère de la ligne {operation.Ligne} (« "
                        + $"{texte(la)} ») pour la même opération {ligne.Numero}."
                );
            }
        }
        static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        Comparer(C.CodeCommune, ligne.CodeCommune, p.CodeCommune, s => s);
        Comparer(C.SirenBailleur, ligne.BailleurId, p.BailleurId, _ => "autre bailleur");
        Comparer(C.Nature, ligne.Nature, p.Nature, n => n.Code());
        Comparer(C.DateDepot, ligne.Depot, p.Depot, D);
        Comparer(C.Statut, ligne.Statut, p.Statut, s => s?.Code() ?? "");
        Comparer(C.DateOuvertureChantier, ligne.Chantier, p.Chantier, D);
        Comparer(C.DateLivraison, ligne.Livraison, p.Livraison, D);
        if (ligne.Nom is not null)
        {
            if (operation.Nom is null)
                operation.Nom = ligne.Nom;
            else
                Comparer(C.Nom, ligne.Nom, operation.Nom, s => s);
        }
        if (operation.Lots.TryGetValue(ligne.Produit, out var deja))
        {
            messages.Add(
                $"{C.Produit} : le lot {ligne.Produit.Code()} de l'opération "
                    + $"{ligne.Numero} figure déjà ligne {deja.Ligne}."
            );
        }
        else if (messages.Count == 0)
        {
            operation.Lots[ligne.Produit] = (ligne.Logements, ligne.Agrement, numeroLigne);
        }
    }
}
