using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Data.Demande;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Import du parc de logements (CSV, docs/formats/logements.md), en flux et à mémoire constante (5,3 millions de
/// logements au national), même démarche que l'import des demandes (<see cref="ImportDemandes"/>) :
/// passe 1, le fichier est lu une fois et chaque ligne vérifiée (format, bailleur, commune, périmètre de l'acteur,
/// identifiant en double dans le fichier par empreintes 64 bits triées) ; une seule ligne fausse et rien n'est écrit ;
/// passe 2, le fichier est relu et écrit par <see cref="EcritureMasseLogements"/> (une transaction, tout ou rien).
/// Un logement est retrouvé par son identifiant RPLS : réimporter le même fichier ne change rien.
/// </summary>
public sealed class ImportLogements(PilotisDbContext db)
{
    public const int ErreursListees = 1000;
    public const string ActionJournal = "Import du parc de logements";

    /// <param name="ouvrir">Ouvre le fichier (appelé une fois par passe).</param>
    public async Task<BilanImportLogements> ExecuterAsync(
        Func<Stream> ouvrir,
        PerimetreImportLogements perimetre,
        string? auteur = null,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(ouvrir);
        ArgumentNullException.ThrowIfNull(perimetre);
        var maintenant = db.Horloge.GetUtcNow();
        var lecture = new LectureLogement(
            await BailleursParSirenAsync(ct),
            await DepartementsParCommuneAsync(ct),
            perimetre,
            Francais.JourAParis(maintenant).Year
        );
        var erreurs = new List<ErreurLigne>();
        long nombreErreurs = 0;
        void Erreur(ErreurLigne e)
        {
            nombreErreurs++;
            if (erreurs.Count < ErreursListees)
                erreurs.Add(e);
        }
        var empreintes = new List<ulong>();
        long lignes = 0;
        try
        {
            using var flux = ouvrir();
            using var fichier = LectureCsv.Ouvrir(flux, Erreur);
            var indices = Indices(fichier, out var entete);
            if (indices is null)
                return BilanImportLogements.Refus(0, [entete!], 1);
            var messages = new List<string>();
            while (await fichier.LireAsync(ct))
            {
                lignes++;
                messages.Clear();
                var l = lecture.Lire(i => Cellule(fichier, indices[i]), messages);
                if (l is not null)
                    empreintes.Add(ImportDemandes.Empreinte(l.IdentifiantRpls));
                else
                    Erreur(new ErreurLigne((int)fichier.Lecteur.LineNumber, string.Join(" ", messages)));
            }
        }
        catch (FichierCsvRefuseException refus)
        {
            return BilanImportLogements.Refus(0, [refus.Erreur], 1);
        }
        if (nombreErreurs == 0 && lignes == 0)
            return BilanImportLogements.Refus(0, [new(1, "Le fichier ne contient aucun logement après l'en-tête.")], 1);
        foreach (var doublon in Doublons(ouvrir, Repetees(empreintes)))
            Erreur(doublon);
        if (nombreErreurs > 0)
            return BilanImportLogements.Refus(lignes, erreurs, nombreErreurs);

        var resultat = await new EcritureMasseLogements(db, maintenant).EcrireAsync(
            Relire(ouvrir, lecture),
            perimetre,
            ActionJournal,
            auteur ?? "Import du fichier du parc",
            ct
        );
        if (resultat.Refus.Count > 0)
            return BilanImportLogements.Refus(resultat.Lues, resultat.Refus, resultat.Refus.Count);
        return new BilanImportLogements(resultat.Lues, resultat.Ajoutes, resultat.Modifies, resultat.Inchanges, [], 0);
    }

    /// <summary>Les organisations par SIREN (un SIREN porté par plusieurs organisations est ambigu).</summary>
    private async Task<Dictionary<string, int[]>> BailleursParSirenAsync(CancellationToken ct)
    {
        var organisations = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Siren != null)
            .Select(o => new { o.Siren, o.Id })
            .ToListAsync(ct);
        return organisations
            .GroupBy(o => o.Siren!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => o.Id).ToArray(), StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, string>> DepartementsParCommuneAsync(CancellationToken ct) =>
        await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle)
            .Select(c => new { c.Code, c.DepartementCode })
            .ToDictionaryAsync(c => c.Code, c => c.DepartementCode, StringComparer.Ordinal, ct);

    /// <summary>Les empreintes qui reviennent (liste triée puis libérée).</summary>
    private static HashSet<ulong> Repetees(List<ulong> empreintes)
    {
        empreintes.Sort();
        var repetees = new HashSet<ulong>();
        for (var i = 1; i < empreintes.Count; i++)
            if (empreintes[i] == empreintes[i - 1])
                repetees.Add(empreintes[i]);
        empreintes.Clear();
        empreintes.TrimExcess();
        return repetees;
    }

    /// <summary>Relecture des seuls identifiants d'empreinte répétée : les lignes qui les répètent.</summary>
    private static List<ErreurLigne> Doublons(Func<Stream> ouvrir, HashSet<ulong> repetees)
    {
        var doublons = new List<ErreurLigne>();
        if (repetees.Count == 0)
            return doublons;
        var premieres = new Dictionary<string, long>(StringComparer.Ordinal);
        using var flux = ouvrir();
        using var fichier = LectureCsv.Ouvrir(flux);
        var colonne = Indices(fichier, out _)![0];
        while (fichier.Lire())
        {
            var identifiant = Cellule(fichier, colonne)?.Trim();
            if (identifiant is null || !repetees.Contains(ImportDemandes.Empreinte(identifiant)))
                continue;
            if (premieres.TryGetValue(identifiant, out var premiere))
                doublons.Add(
                    new ErreurLigne(
                        (int)fichier.Lecteur.LineNumber,
                        $"identifiant_rpls : « {identifiant} » figure déjà ligne {premiere} ; un logement ne peut "
                            + "apparaître qu'une fois."
                    )
                );
            else
                premieres[identifiant] = fichier.Lecteur.LineNumber;
        }
        return doublons;
    }

    /// <summary>Les logements du fichier déjà vérifié, un à un.</summary>
    private static IEnumerable<LogementLu> Relire(Func<Stream> ouvrir, LectureLogement lecture)
    {
        using var flux = ouvrir();
        using var fichier = LectureCsv.Ouvrir(flux);
        var indices = Indices(fichier, out _)!;
        var messages = new List<string>();
        while (fichier.Lire())
        {
            messages.Clear();
            var l = lecture.Lire(i => Cellule(fichier, indices[i]), messages)
                ?? throw new InvalidOperationException(
                    $"Ligne {fichier.Lecteur.LineNumber} devenue illisible entre la vérification et l'écriture : le "
                        + "fichier a-t-il changé ?"
                );
            yield return new LogementLu(fichier.Lecteur.LineNumber, l);
        }
    }

    private static string? Cellule(FichierCsv fichier, int indice)
    {
        var csv = fichier.Lecteur;
        if (indice >= csv.FieldCount)
            return null;
        var v = csv.GetStringOrNull(indice);
        return string.IsNullOrEmpty(v) ? null : v;
    }

    /// <summary>
    /// Indice dans le fichier de chaque colonne du format ; null (et l'erreur de la ligne 1) si l'en-tête est
    /// incomplet. Une colonne inconnue refuse aussi le fichier : une colonne mal nommée n'est jamais ignorée.
    /// </summary>
    private static int[]? Indices(FichierCsv fichier, out ErreurLigne? erreur)
    {
        var brutes = LectureCsv.Entetes(fichier.Lecteur);
        erreur = LectureCsv.ErreurEntete(brutes.Keys, FormatLogements.Colonnes, StringComparer.Ordinal);
        if (erreur is not null)
            return null;
        var enTrop = brutes.Keys.Where(k => !FormatLogements.Colonnes.Contains(k)).ToList();
        if (enTrop.Count > 0)
        {
            erreur = new ErreurLigne(
                1,
                "Colonnes inattendues dans l'en-tête : "
                    + string.Join(", ", enTrop.Select(h => Francais.Extrait(h)))
                    + ". Le fichier doit avoir exactement ces colonnes : "
                    + FormatLogements.Entete
                    + "."
            );
            return null;
        }
        var entetes = fichier.Lecteur.Headers.ToList();
        return FormatLogements.Colonnes.Select(c => entetes.IndexOf(brutes[c])).ToArray();
    }
}
