using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Data.Import;
using Pilotis.Domain.Foncier;
using C = Pilotis.Data.Foncier.ColonnesOutilsFonciers;

namespace Pilotis.Data.Foncier;

/// <summary>
/// Import CSV du registre des outils fonciers (docs/formats/outils-fonciers.md) : ZAD, DPU, SMS, OAP, emplacements
/// réservés et conventions de portage de l'EPF, rangés comme le registre les garde. Tout le fichier est lu et vérifié
/// d'abord ; une seule ligne fausse et rien n'est écrit, chaque erreur rapportée avec sa ligne et sa colonne. Un outil
/// déjà connu (même commune, même type, même nom) est mis à jour ; réimporter le même fichier ne change rien. Chaque
/// outil créé ou modifié a son entrée au journal, plus une entrée de synthèse. Utilisé par la page
/// /foncier/outils/import et par « pilotis import outils-fonciers ».
/// </summary>
public sealed class ImportOutilsFonciers(PilotisDbContext db, TimeProvider horloge)
{
    /// <param name="autorise">L'acteur peut-il modifier cet outil (table des habilitations) ? null : tout.</param>
    public async Task<BilanImport> ExecuterAsync(
        Stream flux,
        Func<OutilFoncier, bool>? autorise = null,
        CancellationToken ct = default
    )
    {
        var contexte = await ContexteAsync(autorise, ct);
        var erreurs = new List<ErreurLigne>();
        var lues = new List<(int Ligne, OutilFoncier Outil)>();
        try
        {
            using var lecture = LectureCsv.Ouvrir(flux, erreurs.Add);
            var csv = lecture.Lecteur;
            var brutes = LectureCsv.Entetes(csv);
            if (ErreurEntete(brutes.Keys.ToArray()) is ErreurLigne entete)
                return BilanImport.Refus(0, [entete]);
            while (await lecture.LireAsync(ct))
            {
                var ligne = (int)csv.LineNumber;
                string? Cellule(string colonne) =>
                    brutes.TryGetValue(colonne, out var brute) ? csv.GetStringOrNull(brute)?.Trim() : null;
                var (outil, messages) = LigneOutilFoncier.Lire(Cellule, contexte);
                if (messages.Count > 0)
                    erreurs.Add(new ErreurLigne(ligne, string.Join(" ", messages)));
                else
                    lues.Add((ligne, outil!));
            }
        }
        catch (FichierCsvRefuseException refus)
        {
            return BilanImport.Refus(0, [refus.Erreur]);
        }
        SignalerDoublons(lues, erreurs);
        var existants = await ExistantsAsync(lues, autorise, erreurs, ct);
        if (erreurs.Count > 0)
            return BilanImport.Refus(lues.Count + erreurs.Count, erreurs);
        var (ajoutes, modifies, inchanges) = Appliquer(lues.Select(l => l.Outil).ToList(), existants);
        if (ajoutes + modifies > 0)
            db.Journaliser(
                "Import des outils fonciers",
                nameof(OutilFoncier),
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
        return new BilanImport(lues.Count, ajoutes, modifies, inchanges, []);
    }

    private async Task<ContexteImportOutils> ContexteAsync(Func<OutilFoncier, bool>? autorise, CancellationToken ct)
    {
        var sites = await db
            .SitesFonciers.AsNoTracking()
            .Select(s => new
            {
                s.EpciSiren,
                s.Identifiant,
                s.Id,
                s.CommuneCode,
            })
            .ToListAsync(ct);
        // Un SIREN porté par deux EPF (aucun index ne l'interdit) ne désigne personne : la ligne est refusée.
        var epf = await db
            .Organisations.AsNoTracking()
            .Where(o => AccesFoncier.TypesPorteurs.Contains(o.Type) && o.Siren != null)
            .Select(o => new { o.Siren, o.Id })
            .ToListAsync(ct);
        return new ContexteImportOutils(
            await RequetesFoncier.LieuxAsync(db, null, ct),
            epf.GroupBy(o => o.Siren!).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First().Id),
            sites.ToDictionary(s => (s.EpciSiren, s.Identifiant), s => (s.Id, s.CommuneCode)),
            autorise
        );
    }

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
                    + " (voir docs/formats/outils-fonciers.md)."
            );
    }

    private static (string Commune, TypeOutilFoncier Type, string Nom) Cle(OutilFoncier o) =>
        (o.CommuneCode, o.Type, o.Nom.Trim());

    /// <summary>Un outil (commune, type, nom) ne figure qu'une fois dans le fichier.</summary>
    private static void SignalerDoublons(List<(int Ligne, OutilFoncier Outil)> lues, List<ErreurLigne> erreurs)
    {
        foreach (var g in lues.GroupBy(l => Cle(l.Outil)).Where(g => g.Count() > 1))
        {
            foreach (var autre in g.Skip(1))
                erreurs.Add(
                    new ErreurLigne(
                        autre.Ligne,
                        $"{C.Nom} : l'outil « {g.Key.Nom} » ({g.Key.Type.Code()}, commune {g.Key.Commune}) figure "
                            + $"aussi ligne {g.First().Ligne}."
                    )
                );
        }
    }

    /// <summary>
    /// Les outils déjà en base pour les clés du fichier ; une clé portée par plusieurs outils en base, ou un outil
    /// existant que l'acteur ne peut pas modifier, refuse sa ligne.
    /// </summary>
    private async Task<Dictionary<(string, TypeOutilFoncier, string), OutilFoncier>> ExistantsAsync(
        List<(int Ligne, OutilFoncier Outil)> lues,
        Func<OutilFoncier, bool>? autorise,
        List<ErreurLigne> erreurs,
        CancellationToken ct
    )
    {
        var communes = lues.Select(l => l.Outil.CommuneCode).Distinct().ToList();
        var noms = lues.Select(l => l.Outil.Nom).Distinct().ToList();
        var enBase = (
            await db.OutilsFonciers.Where(o => communes.Contains(o.CommuneCode) && noms.Contains(o.Nom)).ToListAsync(ct)
        )
            .GroupBy(Cle)
            .ToDictionary(g => g.Key, g => g.ToList());
        var existants = new Dictionary<(string, TypeOutilFoncier, string), OutilFoncier>();
        foreach (var (ligne, outil) in lues)
        {
            if (!enBase.TryGetValue(Cle(outil), out var memes))
                continue;
            if (memes.Count > 1)
                erreurs.Add(
                    new ErreurLigne(
                        ligne,
                        $"{C.Nom} : {memes.Count} outils du registre portent déjà ce nom sur la commune ; "
                            + "renommez-les sur leur page pour que l'import sache lequel mettre à jour."
                    )
                );
            else if (autorise is not null && !autorise(memes[0]))
                erreurs.Add(
                    new ErreurLigne(ligne, $"{C.Nom} : l'outil existant « {outil.Nom} » est hors de votre périmètre.")
                );
            else
                existants[Cle(outil)] = memes[0];
        }
        return existants;
    }

    private (int Ajoutes, int Modifies, int Inchanges) Appliquer(
        List<OutilFoncier> lues,
        Dictionary<(string, TypeOutilFoncier, string), OutilFoncier> existants
    )
    {
        var maintenant = horloge.GetUtcNow();
        int ajoutes = 0,
            modifies = 0,
            inchanges = 0;
        foreach (var lu in lues)
        {
            if (existants.TryGetValue(Cle(lu), out var actuel))
            {
                LigneOutilFoncier.Reporter(lu, actuel);
                var entree = db.Entry(actuel);
                entree.DetectChanges();
                if (entree.State == EntityState.Modified)
                {
                    actuel.ModifieLe = maintenant;
                    modifies++;
                }
                else
                    inchanges++;
                continue;
            }
            lu.Nom = lu.Nom.Trim();
            lu.CreeLe = maintenant;
            lu.ModifieLe = maintenant;
            db.OutilsFonciers.Add(lu);
            ajoutes++;
        }
        return (ajoutes, modifies, inchanges);
    }
}
