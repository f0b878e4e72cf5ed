using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Data.Import;
using Pilotis.Data.Journal;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

/// <summary>
/// Import CSV des attributs datés des communes : <c>code_commune;attribut;valeur;valide_depuis;source</c> (UTF-8, « ;
/// »).
/// Tout le fichier est vérifié d'abord ; une seule ligne fausse et rien n'est écrit. Réimporter le même fichier ne
/// change rien.
/// Format décrit dans docs/formats/attributs-communes.md.
/// </summary>
public sealed class ImportAttributs(PilotisDbContext db)
{
    public static readonly string[] Colonnes = ["code_commune", "attribut", "valeur", "valide_depuis", "source"];

    public async Task<BilanImport> ExecuterAsync(
        Stream flux,
        Func<string, bool>? communeAutorisee = null,
        CancellationToken ct = default
    )
    {
        var communes = await CommunesImportables.ChargerAsync(db, communeAutorisee, ct);
        var lues = new List<AttributLu>();
        var erreurs = new List<ErreurLigne>();
        try
        {
            using var fichier = LectureCsv.Ouvrir(flux, erreurs.Add);
            if (ErreurEntete(fichier.Lecteur) is ErreurLigne entete)
                return new BilanImport(0, 0, 0, 0, [entete]);
            while (await fichier.LireAsync(ct))
            {
                var (lu, erreur) = LireLigne(fichier.Lecteur, communes);
                if (erreur is not null)
                    erreurs.Add(erreur);
                else
                    lues.Add(lu!);
            }
        }
        catch (FichierCsvRefuseException refus)
        {
            return new BilanImport(0, 0, 0, 0, [refus.Erreur]);
        }
        SignalerDoublons(lues, erreurs);
        if (erreurs.Count > 0)
            return new BilanImport(lues.Count + erreurs.Count, 0, 0, 0, erreurs.OrderBy(e => e.Ligne).ToList());
        var (ajoutes, modifies, inchanges) = await AppliquerAsync(lues, ct);
        await db.EnregistrerAsync(
            "Import des attributs des communes",
            nameof(AttributCommune),
            (lues.Count, ajoutes, modifies, inchanges),
            viderSuivi: false,
            ct
        );
        return new BilanImport(lues.Count, ajoutes, modifies, inchanges, []);
    }

    /// <summary>Une ligne juste du fichier, valeur mise sous sa forme canonique.</summary>
    private sealed record AttributLu(
        int Ligne,
        string Commune,
        NatureAttribut Nature,
        string Valeur,
        DateOnly Date,
        string Source
    );

    private static ErreurLigne? ErreurEntete(CsvReader csv) =>
        LectureCsv.ErreurEntete([.. csv.Headers], Colonnes, StringComparer.OrdinalIgnoreCase);

    /// <summary>Lit une ligne : l'attribut lu, ou l'erreur qui porte tous ses messages.</summary>
    private static (AttributLu? Lu, ErreurLigne? Erreur) LireLigne(CsvReader csv, CommunesImportables communes)
    {
        var ligne = (int)csv.LineNumber;
        var code = csv.GetStringOrNull("code_commune")?.ToUpperInvariant();
        var nature = ValeursAttributs.NatureDepuisCode(csv.GetStringOrNull("attribut"));
        var valeur = csv.GetStringOrNull("valeur");
        var texteDate = csv.GetStringOrNull("valide_depuis");
        DateOnly? date = DateOnly.TryParseExact(
            texteDate,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var d
        )
            ? d
            : null;
        var source = csv.GetStringOrNull("source");
        var messages = ControleAttribut
            .Valider(nature, valeur, date, source)
            .Select(e => $"{e.Champ} : {e.Message}")
            .ToList();
        if (communes.Refus(code, "code_commune") is string refus)
            messages.Insert(0, refus);
        if (messages.Count > 0)
            return (null, new ErreurLigne(ligne, string.Join(" ", messages)));
        var canonique = ValeursAttributs.Canonique(nature!.Value, valeur)!;
        return (new AttributLu(ligne, code!, nature.Value, canonique, date!.Value, source!.Trim()), null);
    }

    /// <summary>Un attribut n'est daté qu'une fois par commune dans le fichier.</summary>
    private static void SignalerDoublons(List<AttributLu> lues, List<ErreurLigne> erreurs)
    {
        foreach (var doublon in lues.GroupBy(l => (l.Commune, l.Nature, l.Date)).Where(g => g.Count() > 1))
        {
            erreurs.Add(
                new ErreurLigne(
                    doublon.Skip(1).First().Ligne,
                    $"Doublon : {doublon.Key.Commune}, {doublon.Key.Nature.CodeFichier()} au "
                        + $"{doublon.Key.Date:yyyy-MM-dd} figure aussi ligne {doublon.First().Ligne}."
                )
            );
        }
    }

    /// <summary>
    /// Ajoute les attributs nouveaux et met à jour ceux qui changent ; compte ce qui change vraiment.
    /// </summary>
    private async Task<(int Ajoutes, int Modifies, int Inchanges)> AppliquerAsync(
        List<AttributLu> lues,
        CancellationToken ct
    )
    {
        var codes = lues.Select(l => l.Commune).Distinct().ToList();
        var existants = (
            await db.AttributsCommunes.Where(a => codes.Contains(a.CommuneCode)).ToListAsync(ct)
        ).ToDictionary(a => (a.CommuneCode, a.Nature, a.ValideDepuis));
        int ajoutes = 0,
            modifies = 0,
            inchanges = 0;
        foreach (var l in lues)
        {
            if (existants.TryGetValue((l.Commune, l.Nature, l.Date), out var actuel))
            {
                if (actuel.Valeur == l.Valeur && actuel.Source == l.Source)
                {
                    inchanges++;
                    continue;
                }
                actuel.Valeur = l.Valeur;
                actuel.Source = l.Source;
                modifies++;
            }
            else
            {
                db.AttributsCommunes.Add(
                    new AttributCommune
                    {
                        CommuneCode = l.Commune,
                        Nature = l.Nature,
                        Valeur = l.Valeur,
                        ValideDepuis = l.Date,
                        Source = l.Source,
                    }
                );
                ajoutes++;
            }
        }
        return (ajoutes, modifies, inchanges);
    }
}
