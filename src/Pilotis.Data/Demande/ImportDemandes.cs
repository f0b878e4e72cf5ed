using System.Diagnostics;
using CsvHelper;
using Pilotis.Data.Csv;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Demande;
using F = Pilotis.Data.Demande.FormatDemandes;

namespace Pilotis.Data.Demande;

/// <summary>
/// Import de l'extrait du registre national des demandes (CSV, docs/formats/demandes.md), en flux et à mémoire
/// constante quelle que soit la taille du fichier (2,8 millions de lignes au national) :
/// passe 1, le fichier est lu une fois et chaque ligne vérifiée (format, <see cref="ValidationDemande"/>, département
/// autorisé, numéro unique en double dans le fichier) ; une seule ligne fausse et rien n'est écrit, chaque erreur étant
/// rapportée avec son numéro de ligne (les <see cref="ErreursListees"/> premières, plus le total) ;
/// passe 2, le fichier est relu et écrit par <see cref="EcritureMasseDemandes"/> (une transaction, tout ou rien).
/// Les doublons se cherchent sur une empreinte 64 bits par ligne (8 octets × lignes, 22 Mo à 2,8 millions) triée ;
/// une empreinte répétée est vérifiée sur le texte par une relecture du fichier (une collision n'est pas un doublon).
/// </summary>
public sealed class ImportDemandes(PilotisDbContext db, TimeProvider? horloge = null)
{
    public const int ErreursListees = 1000;

    /// <summary>Action de l'entrée de journal de synthèse ; la source (fichier, auteur) est dans ses détails.</summary>
    public const string ActionJournal = "Import des demandes";
    private const string SourceParDefaut = "Import de l'extrait du registre des demandes";
    private readonly TimeProvider _horloge = horloge ?? db.Horloge;

    /// <param name="ouvrir">Ouvre le fichier (appelé une fois par passe).</param>
    /// <param name="departementAutorise">Départements que l'acteur peut importer (DDTM : le sien) ; null :
    /// tous.</param>
    public async Task<BilanImportDemandes> ExecuterAsync(
        Func<Stream> ouvrir,
        Func<string, bool>? departementAutorise = null,
        string? auteur = null,
        IProgress<ProgressionImportDemandes>? progression = null,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(ouvrir);
        var chrono = Stopwatch.StartNew();
        var maintenant = _horloge.GetUtcNow();
        var aujourdhui = DateOnly.FromDateTime(maintenant.UtcDateTime);
        var referentiel = await ReferentielDemandes.ChargerAsync(db, ct);
        var erreurs = new ErreursImport();
        var avertissements = new List<string>();

        // Passe 1 : vérification de chaque ligne, empreintes des numéros.
        var (lignes, empreintes, echec) = Verifier(
            ouvrir,
            referentiel,
            aujourdhui,
            departementAutorise,
            erreurs,
            avertissements,
            progression,
            ct
        );
        if (echec is not null)
            return Echec(echec, avertissements);
        if (erreurs.Nombre == 0 && lignes == 0)
            return Echec(new(1, "Le fichier ne contient aucune ligne de données après l'en-tête."), avertissements);

        // Doublons : empreintes triées ; s'il y en a de répétées, relecture pour les lignes exactes.
        var repetees = Repetees(empreintes);
        if (repetees.Count > 0)
        {
            progression?.Report(new("Doublons", 0));
            foreach (var e in Doublons(ouvrir, repetees))
                erreurs.Ajouter(e.Ligne, e.Message);
            erreurs.Liste.Sort((a, b) => a.Ligne.CompareTo(b.Ligne));
        }
        if (erreurs.Nombre > 0)
        {
            return new BilanImportDemandes(lignes, 0, 0, 0, erreurs.Liste, erreurs.Nombre, avertissements)
            {
                DureeVerification = chrono.Elapsed,
            };
        }

        // Passe 2 : relecture et écriture.
        var verification = chrono.Elapsed;
        var ecriture = new EcritureMasseDemandes(db, referentiel, maintenant);
        var resultat = await ecriture.EcrireAsync(
            Relire(ouvrir),
            ActionJournal,
            new Progress<long>(n => progression?.Report(new("Écriture", n))),
            auteur ?? SourceParDefaut,
            ct
        );
        // Les demandes ajoutées, renouvelées ou modifiées sont cotées tout de suite, et l'index de classement les
        // reprend (ADR 0020). Un seul appel après le chargement : la chaîne d'import peut le déplacer telle quelle.
        if (resultat.Ajoutees + resultat.Modifiees > 0)
            await CotationEnMasse.CoterModifieesDepuisAsync(db, maintenant, aujourdhui, ct);
        return new BilanImportDemandes(
            resultat.Lues,
            resultat.Ajoutees,
            resultat.Modifiees,
            resultat.Inchangees,
            [],
            0,
            avertissements
        )
        {
            DureeVerification = verification,
            DureeEcriture = chrono.Elapsed - verification,
            DureeCopie = resultat.DureeCopie,
            DureeFusion = resultat.DureeFusion,
        };
    }

    private static BilanImportDemandes Echec(ErreurLigne erreur, List<string> avertissements) =>
        new(0, 0, 0, 0, [erreur], 1, avertissements);

    /// <summary>Les erreurs comptées toutes, listées jusqu'à <see cref="ErreursListees"/>.</summary>
    private sealed class ErreursImport
    {
        public List<ErreurLigne> Liste { get; } = [];
        public long Nombre { get; private set; }

        public void Ajouter(long ligne, string message)
        {
            Nombre++;
            if (Liste.Count < ErreursListees)
                Liste.Add(new ErreurLigne((int)ligne, message));
        }
    }

    /// <summary>
    /// Passe 1 : lit et vérifie chaque ligne (format, département, règles de la demande) ; rend le nombre de lignes,
    /// l'empreinte de chaque numéro lu, et l'erreur qui refuse tout le fichier (en-tête incomplet, fichier qui n'est
    /// pas un CSV UTF-8 à points-virgules).
    /// </summary>
    private static (long Lignes, List<ulong> Empreintes, ErreurLigne? Echec) Verifier(
        Func<Stream> ouvrir,
        ReferentielDemandes referentiel,
        DateOnly aujourdhui,
        Func<string, bool>? departementAutorise,
        ErreursImport erreurs,
        List<string> avertissements,
        IProgress<ProgressionImportDemandes>? progression,
        CancellationToken ct
    )
    {
        var departements = referentiel.Communes.Values.Select(c => c.DepartementCode).ToHashSet(StringComparer.Ordinal);
        bool CommuneConnue(string code) => referentiel.Communes.ContainsKey(code);
        var empreintes = new List<ulong>();
        long lignes = 0;
        try
        {
            using (var flux = ouvrir())
            using (var fichier = LectureCsv.Ouvrir(flux, e => erreurs.Ajouter(e.Ligne, e.Message)))
            {
                var csv = fichier.Lecteur;
                var indices = Indices(csv, avertissements, out var entete);
                if (indices is null)
                    return (0, empreintes, new ErreurLigne(1, entete!));
                var messages = new List<string>();
                while (fichier.Lire())
                {
                    ct.ThrowIfCancellationRequested();
                    lignes++;
                    if (lignes % 20_000 == 0)
                        progression?.Report(new("Vérification", lignes));
                    messages.Clear();
                    var d = F.Lire(i => Cellule(csv, indices[i]), messages);
                    if (d is not null)
                    {
                        if (!departements.Contains(d.DepartementCode))
                            messages.Add(
                                $"{F.Departement} : « {d.DepartementCode} » n'est pas un code de département connu."
                            );
                        else if (departementAutorise is not null && !departementAutorise(d.DepartementCode))
                            messages.Add(
                                $"{F.Departement} : le département {d.DepartementCode} est hors de votre périmètre."
                            );
                        foreach (var e in ValidationDemande.Valider(d, aujourdhui, CommuneConnue))
                            messages.Add(e.Message);
                        empreintes.Add(Empreinte(d.NumeroUnique));
                    }
                    if (messages.Count > 0)
                        erreurs.Ajouter(csv.LineNumber, string.Join(" ", messages));
                }
            }
        }
        catch (FichierCsvRefuseException refus)
        {
            return (0, empreintes, refus.Erreur);
        }
        progression?.Report(new("Vérification", lignes));
        return (lignes, empreintes, null);
    }

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

    /// <summary>Relecture des seuls numéros d'empreinte répétée : chaque ligne qui répète un numéro déjà vu.</summary>
    private static List<ErreurLigne> Doublons(Func<Stream> ouvrir, HashSet<ulong> repetees)
    {
        var premieres = new Dictionary<string, long>(StringComparer.Ordinal);
        var doublons = new List<ErreurLigne>();
        using var flux = ouvrir();
        using var fichier = LectureCsv.Ouvrir(flux);
        var csv = fichier.Lecteur;
        var indices = Indices(csv, [], out _)!;
        var colonne = indices[F.Indice(F.NumeroUnique)];
        while (fichier.Lire())
        {
            var numero = Cellule(csv, colonne);
            if (numero is null || !repetees.Contains(Empreinte(numero)))
                continue;
            if (premieres.TryGetValue(numero, out var premiere))
                doublons.Add(
                    new ErreurLigne(
                        (int)csv.LineNumber,
                        $"{F.NumeroUnique} : « {numero} » figure déjà ligne {premiere} ; un numéro unique ne "
                            + $"peut apparaître qu'une fois."
                    )
                );
            else
                premieres[numero] = csv.LineNumber;
        }
        return doublons;
    }

    /// <summary>Les demandes du fichier déjà vérifié, une à une.</summary>
    private static IEnumerable<DemandeLogement> Relire(Func<Stream> ouvrir)
    {
        using var flux = ouvrir();
        using var fichier = LectureCsv.Ouvrir(flux);
        var csv = fichier.Lecteur;
        var indices = Indices(csv, [], out _)!;
        var messages = new List<string>();
        while (fichier.Lire())
        {
            messages.Clear();
            var d = F.Lire(i => Cellule(csv, indices[i]), messages)
                ?? throw new InvalidOperationException(
                    $"Ligne {csv.LineNumber} devenue illisible entre la vérification et l'écriture : le fichier "
                        + $"a-t-il changé ?"
                );
            yield return d;
        }
    }

    private static string? Cellule(CsvReader csv, int indice)
    {
        if (indice >= csv.FieldCount)
            return null;
        var v = csv.GetStringOrNull(indice);
        return string.IsNullOrEmpty(v) ? null : v;
    }

    /// <summary>Indice dans le fichier de chaque colonne du format ; null (et le message) si l'en-tête est
    /// incomplet.</summary>
    private static int[]? Indices(CsvReader csv, List<string> avertissements, out string? erreur)
    {
        erreur = null;
        var brutes = LectureCsv.Entetes(csv);
        if (brutes.Count == 0)
        {
            erreur = "Fichier vide ou illisible : la ligne d'en-tête est attendue (" + F.Entete + ").";
            return null;
        }
        var manquantes = F.Colonnes.Where(c => !brutes.ContainsKey(c)).ToList();
        if (manquantes.Count > 0)
        {
            erreur =
                "Colonnes absentes de l'en-tête : "
                + string.Join(", ", manquantes)
                + " (voir docs/formats/demandes.md).";
            return null;
        }
        var ignorees = brutes.Keys.Where(k => !F.Colonnes.Contains(k)).ToList();
        if (ignorees.Count > 0)
            avertissements.Add("Colonnes ignorées (inconnues du format) : " + string.Join(", ", ignorees) + ".");
        var entetes = csv.Headers.ToList();
        return F.Colonnes.Select(c => entetes.IndexOf(brutes[c])).ToArray();
    }

    /// <summary>FNV-1a 64 bits du numéro, suivi d'un brassage (splitmix64) : assez pour qu'une collision soit
    /// exceptionnelle.</summary>
    internal static ulong Empreinte(string numero)
    {
        var h = 14695981039346656037UL;
        foreach (var c in numero)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        h ^= h >> 30;
        h *= 0xbf58476d1ce4e5b9UL;
        h ^= h >> 27;
        h *= 0x94d049bb133111ebUL;
        return h ^ (h >> 31);
    }
}
