using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
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
    /// <param name="communeAutorisee">Restreint les communes importables (périmètre de l'acteur) ; null : toutes.</param>
    /// <param name="source">Source retenue pour les lignes sans colonne ou cellule <c>source</c>.</param>
    public async Task<BilanImportInventaireSru> ExecuterAsync(
        Stream flux,
        Func<string, bool>? communeAutorisee = null,
        string? source = null,
        CancellationToken ct = default
    )
    {
        var sourceParDefaut = string.IsNullOrWhiteSpace(source) ? SourceParDefaut : source.Trim();
        var communes = (
            await db
                .Communes.AsNoTracking()
                .Where(c => c.Type == TypeCommune.Actuelle)
                .Select(c => c.Code)
                .ToListAsync(ct)
        ).ToHashSet();
        var lues = new List<LigneLue>();
        var erreurs = new List<ErreurLigne>();
        HashSet<string> presentes;

        using (var csv = LectureCsv.Ouvrir(flux))
        {
            var brutes = LectureCsv.Entetes(csv);
            var entetes = brutes.Keys.ToArray();
            presentes = entetes.ToHashSet(StringComparer.Ordinal);
            var manquantes = C.Obligatoires.Where(c => !presentes.Contains(c)).ToList();
            if (manquantes.Count > 0)
            {
                return new BilanImportInventaireSru(
                    0,
                    0,
                    0,
                    0,
                    [
                        new ErreurLigne(
                            1,
                            entetes.Length == 0
                                ? "Fichier vide : la ligne d'en-tête est attendue ("
                                    + string.Join(";", C.Obligatoires)
                                    + ")."
                                : "Colonnes manquantes dans l'en-tête : " + string.Join(", ", manquantes) + "."
                        ),
                    ]
                );
            }
            var inconnues = entetes.Where(e => !C.Obligatoires.Contains(e) && !C.Facultatives.Contains(e)).ToList();
            if (inconnues.Count > 0)
            {
                return new BilanImportInventaireSru(
                    0,
                    0,
                    0,
                    0,
                    [
                        new ErreurLigne(
                            1,
                            "Colonnes inconnues dans l'en-tête : "
                                + string.Join(", ", inconnues)
                                + " (voir docs/formats/inventaire-sru.md)."
                        ),
                    ]
                );
            }

            while (await csv.ReadAsync(ct))
            {
                var ligne = (int)csv.LineNumber;
                string? Cellule(string colonne) =>
                    brutes.TryGetValue(colonne, out var brute) ? csv.GetStringOrNull(brute) : null;
                var (inventaire, messages) = Lire(Cellule, presentes, sourceParDefaut);
                var code = inventaire?.CommuneCode;
                if (code is not null && !communes.Contains(code))
                {
                    messages.Insert(0, $"{C.CodeCommune} : « {code} » n'est pas une commune actuelle du référentiel.");
                }
                else if (code is not null && communeAutorisee is not null && !communeAutorisee(code))
                {
                    messages.Insert(0, $"{C.CodeCommune} : la commune {code} est hors de votre périmètre.");
                }
                if (inventaire is not null && messages.Count == 0)
                {
                    messages.AddRange(
                        ValidationInventaireSru
                            .Valider(inventaire, ParametresSru.PourAnnee(inventaire.Annee))
                            .Select(e => $"{e.Champ} : {e.Message}")
                    );
                }
                if (messages.Count > 0)
                {
                    erreurs.Add(new ErreurLigne(ligne, string.Join(" ", messages)));
                    continue;
                }
                lues.Add(new LigneLue(ligne, inventaire!));
            }
        }
        foreach (
            var doublon in lues.GroupBy(l => (l.Inventaire.CommuneCode, l.Inventaire.Annee)).Where(g => g.Count() > 1)
        )
        {
            foreach (var autre in doublon.Skip(1))
            {
                erreurs.Add(
                    new ErreurLigne(
                        autre.Ligne,
                        $"Doublon : la commune {doublon.Key.CommuneCode} pour l'année {doublon.Key.Annee} figure aussi ligne {doublon.First().Ligne}."
                    )
                );
            }
        }
        if (erreurs.Count > 0)
        {
            return new BilanImportInventaireSru(
                lues.Count + erreurs.Count,
                0,
                0,
                0,
                erreurs.OrderBy(e => e.Ligne).ToList()
            );
        }

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
        // Une entrée de synthèse plutôt qu'une par ligne : un inventaire national compte des milliers de lignes.
        db.JournalDetailleSuspendu = true;
        try
        {
            if (ajoutes + modifies > 0)
            {
                db.Journaliser(
                    "Import de l'inventaire SRU",
                    nameof(InventaireSru),
                    null,
                    new
                    {
                        lignes = lues.Count,
                        ajoutes,
                        modifies,
                        inchanges,
                    }
                );
            }
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.JournalDetailleSuspendu = false;
            db.ChangeTracker.Clear();
        }
        return new BilanImportInventaireSru(lues.Count, ajoutes, modifies, inchanges, []);
    }

    private sealed record LigneLue(int Ligne, InventaireSru Inventaire);

    /// <summary>Lit une ligne en inventaire ; les erreurs de format sont rendues par colonne (les règles viennent après).</summary>
    private static (InventaireSru? Inventaire, List<string> Messages) Lire(
        Func<string, string?> cellule,
        HashSet<string> presentes,
        string sourceParDefaut
    )
    {
        var messages = new List<string>();
        int Entier(string colonne, bool obligatoire)
        {
            var texte = cellule(colonne);
            if (string.IsNullOrWhiteSpace(texte))
            {
                if (obligatoire)
                    messages.Add($"{colonne} : valeur obligatoire.");
                return 0;
            }
            if (LectureValeurs.Entier(texte, out var v))
                return v;
            messages.Add($"{colonne} : « {texte} » n'est pas un nombre entier.");
            return 0;
        }
        decimal Decimal(string colonne)
        {
            var texte = cellule(colonne);
            if (string.IsNullOrWhiteSpace(texte))
            {
                messages.Add($"{colonne} : valeur obligatoire.");
                return 0m;
            }
            if (LectureValeurs.Nombre(texte, out var v))
                return v;
            messages.Add($"{colonne} : « {texte} » n'est pas un nombre (décimales avec « , » ou « . »).");
            return 0m;
        }
        bool Booleen(string colonne, bool obligatoire)
        {
            var texte = cellule(colonne);
            if (string.IsNullOrWhiteSpace(texte))
            {
                if (obligatoire)
                    messages.Add($"{colonne} : valeur obligatoire (oui ou non).");
                return false;
            }
            if (LectureValeurs.Booleen(texte, out var v))
                return v;
            messages.Add($"{colonne} : « {texte} » n'est pas « oui » ou « non ».");
            return false;
        }
        DateOnly? Date(string colonne)
        {
            var texte = cellule(colonne);
            if (string.IsNullOrWhiteSpace(texte))
                return null;
            if (LectureValeurs.Date(texte, out var v))
                return v;
            messages.Add($"{colonne} : « {texte} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).");
            return null;
        }
        string? Texte(string colonne) => string.IsNullOrWhiteSpace(cellule(colonne)) ? null : cellule(colonne)!.Trim();

        var code = cellule(C.CodeCommune)?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
            messages.Add($"{C.CodeCommune} : valeur obligatoire.");
        var annee = Entier(C.Annee, true);
        var inventaire = new InventaireSru
        {
            CommuneCode = code ?? "",
            Annee = annee,
            ResidencesPrincipales = Entier(C.ResidencesPrincipales, true),
            Plai = Entier(C.Plai, true),
            Plus = Entier(C.Plus, true),
            Pls = Entier(C.Pls, true),
            PlacesFoyer = Entier(C.PlacesFoyer, true),
            PslaBrs = Entier(C.PslaBrs, true),
            Autres = Entier(C.Autres, true),
            Soumise = Booleen(C.Soumise, true),
            TauxCible = Decimal(C.TauxCible),
            PotentielFiscalParHabitant = Decimal(C.PotentielFiscal),
            DepensesReellesFonctionnement = Decimal(C.DepensesReellesFonctionnement),
            CouverteParPlh = Booleen(C.CouvertePlh, true),
            Motif = Texte(C.Motif),
            DecretExemption = Texte(C.DecretExemption),
            ExemptionDebut = Date(C.ExemptionDebut),
            ExemptionFin = Date(C.ExemptionFin),
            BeneficieDsu = Booleen(C.Dsu, false),
            AgreesPlai = Entier(C.AgreesPlai, false),
            AgreesPlus = Entier(C.AgreesPlus, false),
            AgreesPls = Entier(C.AgreesPls, false),
            Source = Texte(C.Source) ?? sourceParDefaut,
        };
        return (string.IsNullOrEmpty(code) ? null : inventaire, messages);
    }

    /// <summary>Reporte la ligne lue sur la ligne en base ; EF ne marque modifiées que les valeurs qui changent.</summary>
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
