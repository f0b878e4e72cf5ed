using CsvHelper;
using Pilotis.Data.Csv;
using Pilotis.Data.Import;
using Pilotis.Domain.Demande;
using F = Pilotis.Data.Demande.FormatDemandes;

namespace Pilotis.Data.Demande;

/// <summary>
/// La passe unique de l'import des demandes (<see cref="PasseImport{T}"/>) : format, <see cref="ValidationDemande"/>,
/// département connu et autorisé, numéro unique en double dans le fichier ; chaque demande bonne part vers l'écriture
/// pendant la lecture.
/// </summary>
internal sealed class PasseImportDemandes(
    Func<Stream> ouvrir,
    ReferentielDemandes referentiel,
    HashSet<string> departements,
    DateOnly aujourdhui,
    Func<string, bool>? departementAutorise,
    IProgress<ProgressionImportDemandes>? progression
) : PasseImport<DemandeLogement>(ImportDemandes.ErreursListees)
{
    protected override IEnumerable<DemandeLogement?> LireLignes(CancellationToken ct)
    {
        bool CommuneConnue(string code) => referentiel.Communes.ContainsKey(code);
        var fichier = Ouvrir();
        if (fichier is null)
            yield break;
        using var _ = fichier;
        var csv = fichier.Lecteur;
        var indices = Indices(csv, Avertissements, out var entete);
        if (indices is null)
        {
            Echec = new ErreurLigne(1, entete!);
            yield break;
        }
        var messages = new List<string>();
        while (LireSansRefus(fichier))
        {
            ct.ThrowIfCancellationRequested();
            Lignes++;
            if (Lignes % 20_000 == 0)
                progression?.Report(new("Lecture et écriture", Lignes));
            messages.Clear();
            var d = F.Lire(i => Cellule(csv, indices[i]), messages);
            if (d is not null)
            {
                if (!departements.Contains(d.DepartementCode))
                    messages.Add($"{F.Departement} : « {d.DepartementCode} » n'est pas un code de département connu.");
                else if (departementAutorise is not null && !departementAutorise(d.DepartementCode))
                    messages.Add($"{F.Departement} : le département {d.DepartementCode} est hors de votre périmètre.");
                foreach (var e in ValidationDemande.Valider(d, aujourdhui, CommuneConnue))
                    messages.Add(e.Message);
                RetenirCle(d.NumeroUnique);
            }
            if (messages.Count > 0)
                Erreurs.Ajouter(csv.LineNumber, string.Join(" ", messages));
            yield return messages.Count == 0 ? d : null;
        }
        progression?.Report(new("Lecture et écriture", Lignes));
    }

    /// <summary>Ouvre le fichier ; null (et <see cref="PasseImport{T}.Echec"/>) s'il est refusé d'emblée.</summary>
    private FichierCsv? Ouvrir()
    {
        var flux = ouvrir();
        try
        {
            return LectureCsv.Ouvrir(flux, e => Erreurs.Ajouter(e.Ligne, e.Message));
        }
        catch (FichierCsvRefuseException refus)
        {
            flux.Dispose();
            Echec = refus.Erreur;
            return null;
        }
    }

    /// <summary>Ligne suivante ; false à la fin, ou si le fichier se révèle refusé en cours de lecture (encodage,
    /// séparateur) : <see cref="PasseImport{T}.Echec"/> le dit.</summary>
    private bool LireSansRefus(FichierCsv fichier)
    {
        try
        {
            return fichier.Lire();
        }
        catch (FichierCsvRefuseException refus)
        {
            Echec = refus.Erreur;
            return false;
        }
    }

    protected override IEnumerable<(long Ligne, string Cle)> RelireCles()
    {
        using var flux = ouvrir();
        using var fichier = LectureCsv.Ouvrir(flux);
        var csv = fichier.Lecteur;
        var colonne = Indices(csv, [], out _)![F.Indice(F.NumeroUnique)];
        while (fichier.Lire())
            if (Cellule(csv, colonne) is { } numero)
                yield return (csv.LineNumber, numero);
    }

    protected override string MessageDoublon(string cle, long premiere) =>
        $"{F.NumeroUnique} : « {cle} » figure déjà ligne {premiere} ; un numéro unique ne peut apparaître qu'une fois.";

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
}
