using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

/// <summary>
/// Import CSV des attributs datés des communes : <c>code_commune;attribut;valeur;valide_depuis;source</c> (UTF-8, « ; »).
/// Tout le fichier est vérifié d'abord ; une seule ligne fausse et rien n'est écrit. Réimporter le même fichier ne change rien.
/// Format décrit dans docs/formats/attributs-communes.md.
/// </summary>
public sealed class ImportAttributs(PilotisDbContext db)
{
    public static readonly string[] Colonnes = ["code_commune", "attribut", "valeur", "valide_depuis", "source"];

    public async Task<BilanImportAttributs> ExecuterAsync(
        Stream flux,
        Func<string, bool>? communeAutorisee = null,
        CancellationToken ct = default
    )
    {
        var lues =
            new List<(int Ligne, string Commune, NatureAttribut Nature, string Valeur, DateOnly Date, string Source)>();
        var erreurs = new List<ErreurLigne>();
        var communes = (
            await db.Communes.Where(c => c.Type == TypeCommune.Actuelle).Select(c => c.Code).ToListAsync(ct)
        ).ToHashSet();

        using (var csv = LectureCsv.Ouvrir(flux))
        {
            string[] entetes;
            try
            {
                entetes = [.. csv.Headers];
            }
            catch (CsvFormatException)
            {
                entetes = [];
            }
            var manquantes = Colonnes.Where(c => !entetes.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
            if (manquantes.Count > 0)
            {
                return new BilanImportAttributs(
                    0,
                    0,
                    0,
                    0,
                    [
                        new ErreurLigne(
                            1,
                            entetes.Length == 0
                                ? "Fichier vide : la ligne d'en-tête est attendue (" + string.Join(";", Colonnes) + ")."
                                : "Colonnes manquantes dans l'en-tête : " + string.Join(", ", manquantes) + "."
                        ),
                    ]
                );
            }
            while (await csv.ReadAsync(ct))
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
                if (code is null || !communes.Contains(code))
                    messages.Insert(0, $"code_commune : « {code} » n'est pas une commune actuelle du référentiel.");
                else if (communeAutorisee is not null && !communeAutorisee(code))
                    messages.Insert(0, $"code_commune : la commune {code} est hors de votre périmètre.");
                if (messages.Count > 0)
                {
                    erreurs.Add(new ErreurLigne(ligne, string.Join(" ", messages)));
                    continue;
                }
                lues.Add(
                    (
                        ligne,
                        code!,
                        nature!.Value,
                        ValeursAttributs.Canonique(nature.Value, valeur)!,
                        date!.Value,
                        source!.Trim()
                    )
                );
            }
        }
        foreach (var doublon in lues.GroupBy(l => (l.Commune, l.Nature, l.Date)).Where(g => g.Count() > 1))
        {
            erreurs.Add(
                new ErreurLigne(
                    doublon.Skip(1).First().Ligne,
                    $"Doublon : {doublon.Key.Commune}, {doublon.Key.Nature.CodeFichier()} au {doublon.Key.Date:yyyy-MM-dd} figure aussi ligne {doublon.First().Ligne}."
                )
            );
        }
        if (erreurs.Count > 0)
            return new BilanImportAttributs(
                lues.Count + erreurs.Count,
                0,
                0,
                0,
                erreurs.OrderBy(e => e.Ligne).ToList()
            );

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
        // Une entrée de synthèse plutôt qu'une par ligne : un fichier national compte des dizaines de milliers de lignes.
        db.JournalDetailleSuspendu = true;
        try
        {
            if (ajoutes + modifies > 0)
                db.Journaliser(
                    "Import des attributs des communes",
                    nameof(AttributCommune),
                    null,
                    new
                    {
                        lignes = lues.Count,
                        ajoutes,
                        modifies,
                        inchanges,
                    }
                );
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.JournalDetailleSuspendu = false;
        }
        return new BilanImportAttributs(lues.Count, ajoutes, modifies, inchanges, []);
    }
}
