using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Data.Import;
using Pilotis.Data.Journal;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using C = Pilotis.Domain.Sru.ColonnesInventaireSru;

namespace Pilotis.Data.Sru;

/// <summary>
/// Import CSV de l'inventaire SRU (une ligne par commune et par année ; format : docs/formats/inventaire-sru.md).
/// Tout le fichier est lu et vérifié d'abord (chaque ligne par <see cref="ValidationInventaireSru"/>) ; une seule
/// ligne fausse et rien n'est écrit, chaque erreur étant rapportée avec son numéro de ligne. Une ligne dont
/// (commune, année) existe déjà met à jour la ligne en base : réimporter le même fichier ne change rien.
/// Une colonne facultative absente du fichier laisse la valeur en base intacte (une cellule vide l'efface).
/// Utilisé par la page /sru/inventaire/import et par la ligne de commande.
/// </summary>
public sealed class ImportInventaireSru(PilotisDbContext db)
{
    public const string SourceParDefaut = "Import CSV de l'inventaire SRU";

    /// <param name="flux">Le fichier CSV (UTF-8, « ; »).</param>
    /// <param name="communeAutorisee">Restreint les communes importables (périmètre de l'acteur) ; null :
    /// toutes.</param>
    /// <param name="source">Source retenue pour les lignes sans colonne ou cellule <c>source</c>.</param>
    public async Task<BilanImport> ExecuterAsync(
        Stream flux,
        Func<string, bool>? communeAutorisee = null,
        string? source = null,
        CancellationToken ct = default
    )
    {
        var sourceParDefaut = string.IsNullOrWhiteSpace(source) ? SourceParDefaut : source.Trim();
        var communes = await CommunesImportables.ChargerAsync(db, communeAutorisee, ct);
        FichierLu fichier;
        try
        {
            fichier = await LireFichierAsync(flux, communes, sourceParDefaut, ct);
        }
        catch (FichierCsvRefuseException refus)
        {
            return new BilanImport(0, 0, 0, 0, [refus.Erreur]);
        }
        if (fichier.Entete is ErreurLigne entete)
            return new BilanImport(0, 0, 0, 0, [entete]);
        var (lues, erreurs) = (fichier.Lues, fichier.Erreurs);
        SignalerDoublons(lues, erreurs);
        if (erreurs.Count > 0)
        {
            return new BilanImport(lues.Count + erreurs.Count, 0, 0, 0, erreurs.OrderBy(e => e.Ligne).ToList());
        }
        var (ajoutes, modifies, inchanges) = await AppliquerAsync(lues, fichier.Presentes, ct);
        await db.EnregistrerAsync(
            "Import de l'inventaire SRU",
            nameof(InventaireSru),
            (lues.Count, ajoutes, modifies, inchanges),
            viderSuivi: true,
            ct
        );
        return new BilanImport(lues.Count, ajoutes, modifies, inchanges, []);
    }

    /// <summary>
    /// Le fichier lu : l'erreur d'en-tête s'il y en a une, sinon les lignes justes et les erreurs par ligne.
    /// </summary>
    private sealed record FichierLu(
        ErreurLigne? Entete,
        HashSet<string> Presentes,
        List<LigneLue> Lues,
        List<ErreurLigne> Erreurs
    );

    /// <summary>Lit et vérifie tout le fichier avant toute écriture (en-tête, puis chaque ligne).</summary>
    private static async Task<FichierLu> LireFichierAsync(
        Stream flux,
        CommunesImportables communes,
        string sourceParDefaut,
        CancellationToken ct
    )
    {
        var erreurs = new List<ErreurLigne>();
        using var lecture = LectureCsv.Ouvrir(flux, erreurs.Add);
        var csv = lecture.Lecteur;
        var brutes = LectureCsv.Entetes(csv);
        var entetes = brutes.Keys.ToArray();
        var presentes = entetes.ToHashSet(StringComparer.Ordinal);
        var entete = ErreurEntete(entetes);
        var fichier = new FichierLu(entete, presentes, [], erreurs);
        if (entete is not null)
            return fichier;
        while (await lecture.LireAsync(ct))
        {
            var ligne = (int)csv.LineNumber;
            string? Cellule(string colonne) =>
                brutes.TryGetValue(colonne, out var brute) ? csv.GetStringOrNull(brute) : null;
            var (inventaire, messages) = Lire(Cellule, presentes, sourceParDefaut);
            Verifier(inventaire, messages, communes);
            if (messages.Count > 0)
                fichier.Erreurs.Add(new ErreurLigne(ligne, string.Join(" ", messages)));
            else
                fichier.Lues.Add(new LigneLue(ligne, inventaire!));
        }
        return fichier;
    }

    /// <summary>Colonnes obligatoires présentes et aucune colonne inconnue (docs/formats/inventaire-sru.md).</summary>
    private static ErreurLigne? ErreurEntete(string[] entetes)
    {
        if (LectureCsv.ErreurEntete(entetes, C.Obligatoires, StringComparer.Ordinal) is ErreurLigne manquantes)
            return manquantes;
        var inconnues = entetes.Where(e => !C.Obligatoires.Contains(e) && !C.Facultatives.Contains(e)).ToList();
        return inconnues.Count == 0
            ? null
            : new ErreurLigne(
                1,
                "Colonnes inconnues dans l'en-tête : "
                    + string.Join(", ", inconnues)
                    + " (voir docs/formats/inventaire-sru.md)."
            );
    }

    /// <summary>
    /// Une ligne bien formée doit viser une commune importable, puis respecter les règles de l'inventaire de son année
    /// (paramètres en vigueur au 1er janvier, CCH L302-5 IV).
    /// </summary>
    private static void Verifier(InventaireSru? inventaire, List<string> messages, CommunesImportables communes)
    {
        var code = inventaire?.CommuneCode;
        if (code is not null && communes.Refus(code, C.CodeCommune) is string refus)
            messages.Insert(0, refus);
        if (inventaire is not null && messages.Count == 0)
        {
            messages.AddRange(
                ValidationInventaireSru
                    .Valider(inventaire, ParametresSru.PourAnnee(inventaire.Annee))
                    .Select(e => $"{e.Champ} : {e.Message}")
            );
        }
    }

    /// <summary>Une commune ne figure qu'une fois par année dans le fichier.</summary>
    private static void SignalerDoublons(List<LigneLue> lues, List<ErreurLigne> erreurs)
    {
        var doublons = lues.GroupBy(l => (l.Inventaire.CommuneCode, l.Inventaire.Annee)).Where(g => g.Count() > 1);
        foreach (var doublon in doublons)
        {
            foreach (var autre in doublon.Skip(1))
            {
                erreurs.Add(
                    new ErreurLigne(
                        autre.Ligne,
                        $"Doublon : la commune {doublon.Key.CommuneCode} pour l'année {doublon.Key.Annee} "
                            + $"figure aussi ligne {doublon.First().Ligne}."
                    )
                );
            }
        }
    }

    /// <summary>
    /// Ajoute les lignes nouvelles et reporte les autres sur la base ; compte ce qui change vraiment.
    /// </summary>
    private async Task<(int Ajoutes, int Modifies, int Inchanges)> AppliquerAsync(
        List<LigneLue> lues,
        HashSet<string> presentes,
        CancellationToken ct
    )
    {
        var annees = lues.Select(l => l.Inventaire.Annee).Distinct().ToList();
        var existants = (await db.InventairesSru.Where(i => annees.Contains(i.Annee)).ToListAsync(ct)).ToDictionary(i =>
            (i.CommuneCode, i.Annee)
        );
        int ajoutes = 0,
            modifies = 0,
            inchanges = 0;
        foreach (var l in lues)
        {
            if (existants.TryGetValue((l.Inventaire.CommuneCode, l.Inventaire.Annee), out var actuel))
            {
                Reporter(l.Inventaire, actuel, presentes);
                var entree = db.Entry(actuel);
                entree.DetectChanges();
                if (entree.State == EntityState.Modified)
                    modifies++;
                else
                    inchanges++;
            }
            else
            {
                db.InventairesSru.Add(l.Inventaire);
                ajoutes++;
            }
        }
        return (ajoutes, modifies, inchanges);
    }

    private sealed record LigneLue(int Ligne, InventaireSru Inventaire);

    /// <summary>
    /// Lit une ligne en inventaire ; les erreurs de format sont rendues par colonne (les règles viennent après).
    /// </summary>
    private static (InventaireSru? Inventaire, List<string> Messages) Lire(
        Func<string, string?> cellule,
        HashSet<string> presentes,
        string sourceParDefaut
    )
    {
        var l = new CellulesInventaire(cellule);
        var code = cellule(C.CodeCommune)?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
            l.Messages.Add($"{C.CodeCommune} : valeur obligatoire.");
        var annee = l.Entier(C.Annee, true);
        var inventaire = new InventaireSru
        {
            CommuneCode = code ?? "",
            Annee = annee,
            ResidencesPrincipales = l.Entier(C.ResidencesPrincipales, true),
            Plai = l.Entier(C.Plai, true),
            Plus = l.Entier(C.Plus, true),
            Pls = l.Entier(C.Pls, true),
            PlacesFoyer = l.Entier(C.PlacesFoyer, true),
            PslaBrs = l.Entier(C.PslaBrs, true),
            Autres = l.Entier(C.Autres, true),
            Soumise = l.Booleen(C.Soumise, true),
            TauxCible = l.Decimal(C.TauxCible),
            PotentielFiscalParHabitant = l.Decimal(C.PotentielFiscal),
            DepensesReellesFonctionnement = l.Decimal(C.DepensesReellesFonctionnement),
            CouverteParPlh = l.Booleen(C.CouvertePlh, true),
            Motif = l.Texte(C.Motif),
            DecretExemption = l.Texte(C.DecretExemption),
            ExemptionDebut = l.Date(C.ExemptionDebut),
            ExemptionFin = l.Date(C.ExemptionFin),
            BeneficieDsu = l.Booleen(C.Dsu, false),
            AgreesPlai = l.Entier(C.AgreesPlai, false),
            AgreesPlus = l.Entier(C.AgreesPlus, false),
            AgreesPls = l.Entier(C.AgreesPls, false),
            Source = l.Texte(C.Source) ?? sourceParDefaut,
        };
        return (string.IsNullOrEmpty(code) ? null : inventaire, l.Messages);
    }

    /// <summary>
    /// Les cellules typées d'une ligne : chaque valeur illisible ajoute son message, nommant la colonne.
    /// </summary>
    private sealed class CellulesInventaire(Func<string, string?> cellule)
    {
        public List<string> Messages { get; } = [];

        public int Entier(string colonne, bool obligatoire)
        {
            var texte = cellule(colonne);
            if (string.IsNullOrWhiteSpace(texte))
            {
                if (obligatoire)
                    Messages.Add($"{colonne} : valeur obligatoire.");
                return 0;
            }
            if (LectureValeurs.Entier(texte, out var v))
                return v;
            Messages.Add($"{colonne} : « {Francais.Extrait(texte)} » n'est pas un nombre entier.");
            return 0;
        }

        public decimal Decimal(string colonne)
        {
            var texte = cellule(colonne);
            if (string.IsNullOrWhiteSpace(texte))
            {
                Messages.Add($"{colonne} : valeur obligatoire.");
                return 0m;
            }
            if (LectureValeurs.Nombre(texte, out var v))
                return v;
            Messages.Add(
                $"{colonne} : « {Francais.Extrait(texte)} » n'est pas un nombre (décimales avec « , » ou « . »)."
            );
            return 0m;
        }

        public bool Booleen(string colonne, bool obligatoire)
        {
            var texte = cellule(colonne);
            if (string.IsNullOrWhiteSpace(texte))
            {
                if (obligatoire)
                    Messages.Add($"{colonne} : valeur obligatoire (oui ou non).");
                return false;
            }
            if (LectureValeurs.Booleen(texte, out var v))
                return v;
            Messages.Add($"{colonne} : « {Francais.Extrait(texte)} » n'est pas « oui » ou « non ».");
            return false;
        }

        public DateOnly? Date(string colonne)
        {
            var texte = cellule(colonne);
            if (string.IsNullOrWhiteSpace(texte))
                return null;
            if (LectureValeurs.Date(texte, out var v))
                return v;
            Messages.Add($"{colonne} : « {Francais.Extrait(texte)} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).");
            return null;
        }

        public string? Texte(string colonne) =>
            string.IsNullOrWhiteSpace(cellule(colonne)) ? null : cellule(colonne)!.Trim();
    }

    /// <summary>
    /// Reporte la ligne lue sur la ligne en base ; EF ne marque modifiées que les valeurs qui changent.
    /// </summary>
    private static void Reporter(InventaireSru lu, InventaireSru actuel, HashSet<string> presentes)
    {
        actuel.ResidencesPrincipales = lu.ResidencesPrincipales;
        actuel.Plai = lu.Plai;
        actuel.Plus = lu.Plus;
        actuel.Pls = lu.Pls;
        actuel.PlacesFoyer = lu.PlacesFoyer;
        actuel.PslaBrs = lu.PslaBrs;
        actuel.Autres = lu.Autres;
        actuel.Soumise = lu.Soumise;
        actuel.TauxCible = lu.TauxCible;
        actuel.PotentielFiscalParHabitant = lu.PotentielFiscalParHabitant;
        actuel.DepensesReellesFonctionnement = lu.DepensesReellesFonctionnement;
        actuel.CouverteParPlh = lu.CouverteParPlh;
        if (presentes.Contains(C.Motif))
            actuel.Motif = lu.Motif;
        if (presentes.Contains(C.DecretExemption))
            actuel.DecretExemption = lu.DecretExemption;
        if (presentes.Contains(C.ExemptionDebut))
            actuel.ExemptionDebut = lu.ExemptionDebut;
        if (presentes.Contains(C.ExemptionFin))
            actuel.ExemptionFin = lu.ExemptionFin;
        if (presentes.Contains(C.Dsu))
            actuel.BeneficieDsu = lu.BeneficieDsu;
        if (presentes.Contains(C.AgreesPlai))
            actuel.AgreesPlai = lu.AgreesPlai;
        if (presentes.Contains(C.AgreesPlus))
            actuel.AgreesPlus = lu.AgreesPlus;
        if (presentes.Contains(C.AgreesPls))
            actuel.AgreesPls = lu.AgreesPls;
        if (presentes.Contains(C.Source) && lu.Source is not null)
            actuel.Source = lu.Source;
        // Une ligne importée n'est plus une donnée de démonstration.
        actuel.Demonstration = false;
    }
}
