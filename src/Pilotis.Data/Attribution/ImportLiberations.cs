using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Data.Import;
using Pilotis.Data.Journal;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Commun;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Import CSV des logements libérés ou mis en service (docs/formats/liberations.md) : la déclaration en masse d'un
/// bailleur qui tient ses congés dans son logiciel de gestion, ou l'année d'un département. Chaque ligne passe par la
/// règle de la déclaration à l'unité (<see cref="DeclarationDisponibilite"/>) ; tout le fichier est vérifié d'abord,
/// chaque ligne fausse nommée avec son numéro, et une seule erreur fait que rien n'est écrit. Une déclaration est
/// retrouvée par son logement et sa date de disponibilité : réimporter le même fichier ne change rien.
/// </summary>
public sealed class ImportLiberations(PilotisDbContext db)
{
    /// <summary>Lignes confrontées au parc, puis écrites, par paquet (mémoire bornée, requêtes « IN » courtes).
    /// </summary>
    private const int Paquet = 2_000;

    private static readonly Func<EtapeAttribution, bool> EnCours = DeclarationDisponibilite.EtapeEnCours.Compile();

    public async Task<BilanImport> ExecuterAsync(Stream flux, CancellationToken ct = default)
    {
        var aujourdhui = DateOnly.FromDateTime(db.Horloge.GetLocalNow().DateTime);
        var erreurs = new List<ErreurLigne>();
        List<LiberationLue> lues;
        try
        {
            var lecture = await LireAsync(flux, erreurs, ct);
            if (lecture is null)
                return BilanImport.Refus(0, erreurs);
            lues = lecture;
        }
        catch (FichierCsvRefuseException refus)
        {
            return BilanImport.Refus(0, [refus.Erreur]);
        }
        var malFormees = erreurs.Count;
        SignalerDoublons(lues, erreurs);
        var ecritures = new EcrituresLiberations();
        foreach (var paquet in lues.Chunk(Paquet))
            await ConfronterAsync(paquet, aujourdhui, ecritures, erreurs, ct);
        if (erreurs.Count > 0)
            return BilanImport.Refus(lues.Count + malFormees, erreurs);
        await EcrireAsync(lues.Count, ecritures, ct);
        return new BilanImport(
            lues.Count,
            ecritures.Ajouts.Count,
            ecritures.Modifications.Count,
            ecritures.Inchanges,
            []
        );
    }

    /// <summary>Lit tout le fichier ; null si l'en-tête est refusé (l'erreur est ajoutée).</summary>
    private static async Task<List<LiberationLue>?> LireAsync(
        Stream flux,
        List<ErreurLigne> erreurs,
        CancellationToken ct
    )
    {
        using var fichier = LectureCsv.Ouvrir(flux, erreurs.Add);
        var presents = fichier.Lecteur.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        if (LectureCsv.ErreurEntete(presents, FormatLiberations.Colonnes, StringComparer.OrdinalIgnoreCase) is { } e)
        {
            erreurs.Add(e);
            return null;
        }
        var entetes = LectureCsv.Entetes(fichier.Lecteur);
        var lues = new List<LiberationLue>();
        while (await fichier.LireAsync(ct))
        {
            var (lue, erreur) = Lire(fichier.Lecteur, entetes);
            if (erreur is not null)
                erreurs.Add(erreur);
            else
                lues.Add(lue!);
        }
        return lues;
    }

    /// <summary>Une ligne : ses valeurs bien formées, ou une erreur qui porte tous ses motifs.</summary>
    private static (LiberationLue? Lue, ErreurLigne? Erreur) Lire(CsvReader csv, Dictionary<string, string> entetes)
    {
        var ligne = (int)csv.LineNumber;
        string? Valeur(string colonne) =>
            entetes.TryGetValue(colonne, out var brute) ? csv.GetStringOrNull(brute)?.Trim() : null;
        var messages = new List<string>();
        var identifiant = Valeur("identifiant_rpls");
        if (string.IsNullOrEmpty(identifiant))
            messages.Add("identifiant_rpls : valeur obligatoire.");
        var origine = CodesParc.OrigineDepuisCode(Valeur("origine"));
        if (origine is null)
            messages.Add(
                $"origine : « {Francais.Extrait(Valeur("origine") ?? "")} » au lieu de {CodesParc.CodesOrigines}."
            );
        DateOnly? conge = null;
        if (!string.IsNullOrEmpty(Valeur("date_conge")))
        {
            if (LectureValeurs.ErreurDate(Valeur("date_conge")) is string erreurConge)
                messages.Add($"date_conge : {erreurConge}");
            else if (LectureValeurs.Date(Valeur("date_conge"), out var c))
                conge = c;
        }
        var disponibilite = DateOnly.MinValue;
        if (LectureValeurs.ErreurDate(Valeur("date_disponibilite")) is string erreurDispo)
            messages.Add($"date_disponibilite : {erreurDispo}");
        else
            LectureValeurs.Date(Valeur("date_disponibilite"), out disponibilite);
        var exclusion = CodesParc.ExclusionDepuisCode(Valeur("motif_exclusion"));
        if (exclusion is null)
            messages.Add(
                $"motif_exclusion : « {Francais.Extrait(Valeur("motif_exclusion") ?? "")} » n'est pas un motif "
                    + $"connu ({CodesParc.CodesExclusions}, ou vide : dans le flux)."
            );
        if (messages.Count > 0)
            return (null, new ErreurLigne(ligne, string.Join(" ", messages)));
        return (new LiberationLue(ligne, identifiant!, origine!.Value, conge, disponibilite, exclusion!.Value), null);
    }

    /// <summary>Un logement ne figure qu'une fois dans le fichier : une seule attribution en cours à la fois.</summary>
    private static void SignalerDoublons(List<LiberationLue> lues, List<ErreurLigne> erreurs)
    {
        var premieres = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in lues)
        {
            if (premieres.TryAdd(l.IdentifiantRpls, l.Ligne))
                continue;
            erreurs.Add(
                new ErreurLigne(
                    l.Ligne,
                    $"Doublon : le logement « {l.IdentifiantRpls} » figure aussi ligne {premieres[l.IdentifiantRpls]}."
                )
            );
        }
    }

    /// <summary>
    /// Confronte un paquet de lignes au parc et aux déclarations existantes : une déclaration du même logement à la
    /// même date est retrouvée (inchangée, ou mise à jour tant qu'elle n'est pas orientée) ; sinon la règle de la
    /// déclaration décide (logement hors location, attribution déjà en cours, dates).
    /// </summary>
    private async Task ConfronterAsync(
        LiberationLue[] paquet,
        DateOnly aujourdhui,
        EcrituresLiberations ecritures,
        List<ErreurLigne> erreurs,
        CancellationToken ct
    )
    {
        var identifiants = paquet.Select(l => l.IdentifiantRpls).ToList();
        var logements = await db
            .Logements.AsNoTracking()
            .Where(l => identifiants.Contains(l.IdentifiantRpls))
            .ToDictionaryAsync(l => l.IdentifiantRpls, StringComparer.Ordinal, ct);
        var ids = logements.Values.Select(l => l.Id).ToList();
        var declarations = (
            await db.LogementsAAttribuer.AsNoTracking().Where(a => ids.Contains(a.LogementId)).ToListAsync(ct)
        ).ToLookup(a => a.LogementId);
        var maintenant = db.Horloge.GetUtcNow();
        foreach (var l in paquet)
        {
            if (!logements.TryGetValue(l.IdentifiantRpls, out var logement))
            {
                erreurs.Add(
                    new ErreurLigne(
                        l.Ligne,
                        $"identifiant_rpls : aucun logement « {Francais.Extrait(l.IdentifiantRpls)} » au répertoire "
                            + "(importez d'abord le parc, docs/formats/logements.md)."
                    )
                );
                continue;
            }
            if (Confronter(l, logement, declarations[logement.Id].ToList(), aujourdhui, maintenant, ecritures) is { } e)
                erreurs.Add(new ErreurLigne(l.Ligne, e));
        }
    }

    private static string? Confronter(
        LiberationLue l,
        Logement logement,
        List<LogementAAttribuer> siennes,
        DateOnly aujourdhui,
        DateTimeOffset maintenant,
        EcrituresLiberations ecritures
    )
    {
        var meme = siennes.FirstOrDefault(a => a.DateDisponibilite == l.DateDisponibilite);
        if (
            meme is not null
            && meme.Origine == l.Origine
            && meme.DateConge == l.DateConge
            && meme.Exclusion == l.Exclusion
        )
        {
            ecritures.Inchanges++;
            return null;
        }
        if (meme is not null && meme.Etape != EtapeAttribution.Declare)
            return $"Ce logement, disponible le {Francais.Date(l.DateDisponibilite)}, est déjà "
                + $"« {meme.Etape.Libelle().ToLowerInvariant()} » : modifiez-le sur sa page, pas par import.";
        var autreEnCours = siennes.Any(a => a != meme && EnCours(a.Etape));
        var refus = DeclarationDisponibilite.Valider(
            logement,
            autreEnCours,
            l.Origine,
            l.DateConge,
            l.DateDisponibilite,
            aujourdhui
        );
        if (refus.Count > 0)
            return string.Join(" ", refus.Select(r => $"{Colonne(r.Champ)} : {r.Message}"));
        var declaree = DeclarationDisponibilite.Creer(
            logement,
            l.Origine,
            l.DateConge,
            l.DateDisponibilite,
            l.Exclusion,
            maintenant
        );
        if (meme is null)
        {
            ecritures.Ajouts.Add(declaree);
            return null;
        }
        meme.Origine = declaree.Origine;
        meme.DateConge = declaree.DateConge;
        meme.Exclusion = declaree.Exclusion;
        ecritures.Modifications.Add(meme);
        return null;
    }

    /// <summary>Le champ de la règle, nommé comme la colonne du fichier.</summary>
    private static string Colonne(string champ) =>
        champ switch
        {
            "DateConge" => "date_conge",
            "DateDisponibilite" => "date_disponibilite",
            _ => "identifiant_rpls",
        };

    /// <summary>Tout est vérifié : écrit par paquets dans une seule transaction, puis une entrée de journal.</summary>
    private async Task EcrireAsync(int lignes, EcrituresLiberations ecritures, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.JournalDetailleSuspendu = true;
        try
        {
            foreach (var paquet in ecritures.Ajouts.Chunk(Paquet))
            {
                db.LogementsAAttribuer.AddRange(paquet);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            foreach (var paquet in ecritures.Modifications.Chunk(Paquet))
            {
                db.LogementsAAttribuer.UpdateRange(paquet);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.JournalDetailleSuspendu = false;
        }
        await db.EnregistrerAsync(
            "Import des logements libérés",
            nameof(LogementAAttribuer),
            (lignes, ecritures.Ajouts.Count, ecritures.Modifications.Count, ecritures.Inchanges),
            viderSuivi: true,
            ct
        );
        await transaction.CommitAsync(ct);
    }

    private sealed class EcrituresLiberations
    {
        public List<LogementAAttribuer> Ajouts { get; } = [];
        public List<LogementAAttribuer> Modifications { get; } = [];
        public int Inchanges { get; set; }
    }
}
