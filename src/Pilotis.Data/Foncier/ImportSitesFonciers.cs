using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Data.Import;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using C = Pilotis.Data.Foncier.ColonnesSitesFonciers;

namespace Pilotis.Data.Foncier;

/// <summary>
/// Import CSV des sites de l'observatoire foncier (docs/formats/foncier.md) : tout le fichier est lu et vérifié
/// d'abord ; une seule ligne fausse et rien n'est écrit, chaque erreur rapportée avec sa ligne et sa colonne. Un site
/// déjà connu (même EPCI, même identifiant) est mis à jour, sauf son statut, qui ne change que par les transitions de
/// sa page (historique). Chaque site créé ou modifié a son entrée au journal (historique de sa page), plus une entrée
/// de synthèse. Utilisé par la page /foncier/import et par « pilotis import foncier ».
/// </summary>
public sealed class ImportSitesFonciers(PilotisDbContext db, TimeProvider horloge)
{
    /// <summary>Statuts qu'un fichier peut donner à un site nouveau : les suivants exigent une opération.</summary>
    public static readonly StatutSite[] StatutsImportables =
    [
        StatutSite.Identifie,
        StatutSite.EnEtude,
        StatutSite.AcquisPorte,
    ];

    /// <param name="communeAutorisee">Restreint les communes importables (périmètre de l'acteur) ; null : toutes.
    /// </param>
    public async Task<BilanImport> ExecuterAsync(
        Stream flux,
        Func<LieuCommune, bool>? communeAutorisee = null,
        CancellationToken ct = default
    )
    {
        var contexte = new ContexteImport(
            await RequetesFoncier.LieuxAsync(db, null, ct),
            await db
                .Organisations.AsNoTracking()
                .Where(o => AccesFoncier.TypesPorteurs.Contains(o.Type) && o.Siren != null)
                .ToDictionaryAsync(o => o.Siren!, o => o.Id, ct),
            communeAutorisee
        );
        var erreurs = new List<ErreurLigne>();
        var lues = new List<(int Ligne, SiteFoncier Site)>();
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
                var (site, messages) = LigneSiteFoncier.Lire(Cellule, contexte);
                if (messages.Count > 0)
                    erreurs.Add(new ErreurLigne(ligne, string.Join(" ", messages)));
                else
                    lues.Add((ligne, site!));
            }
        }
        catch (FichierCsvRefuseException refus)
        {
            return BilanImport.Refus(0, [refus.Erreur]);
        }
        SignalerDoublons(lues, erreurs);
        if (erreurs.Count > 0)
            return BilanImport.Refus(lues.Count + erreurs.Count, erreurs);
        var (ajoutes, modifies, inchanges) = await AppliquerAsync(lues.Select(l => l.Site).ToList(), ct);
        if (ajoutes + modifies > 0)
            db.Journaliser(
                "Import des sites fonciers",
                nameof(SiteFoncier),
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
                    + " (voir docs/formats/foncier.md)."
            );
    }

    /// <summary>Un site (EPCI, identifiant) ne figure qu'une fois dans le fichier.</summary>
    private static void SignalerDoublons(List<(int Ligne, SiteFoncier Site)> lues, List<ErreurLigne> erreurs)
    {
        foreach (var g in lues.GroupBy(l => (l.Site.EpciSiren, l.Site.Identifiant)).Where(g => g.Count() > 1))
        {
            foreach (var autre in g.Skip(1))
                erreurs.Add(
                    new ErreurLigne(
                        autre.Ligne,
                        $"{C.Identifiant} : le site « {g.Key.Identifiant} » figure aussi ligne {g.First().Ligne}."
                    )
                );
        }
    }

    private async Task<(int Ajoutes, int Modifies, int Inchanges)> AppliquerAsync(
        List<SiteFoncier> lues,
        CancellationToken ct
    )
    {
        var aujourdhui = Francais.JourAParis(horloge.GetUtcNow());
        var maintenant = horloge.GetUtcNow();
        var epcis = lues.Select(s => s.EpciSiren).OfType<string>().Distinct().ToList();
        var parametres = await RequetesFoncier.ParametresAsync(db, epcis, ct);
        var identifiants = lues.Select(s => s.Identifiant).Distinct().ToList();
        var existants = (
            await db.SitesFonciers.Where(s => identifiants.Contains(s.Identifiant)).ToListAsync(ct)
        ).ToDictionary(s => (s.EpciSiren, s.Identifiant));
        int ajoutes = 0,
            modifies = 0,
            inchanges = 0;
        foreach (var lu in lues)
        {
            lu.CapaciteEstimee = CapaciteFonciere.Estimer(lu, parametres, aujourdhui);
            if (existants.TryGetValue((lu.EpciSiren, lu.Identifiant), out var actuel))
            {
                LigneSiteFoncier.Reporter(lu, actuel);
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
            lu.DateStatut = aujourdhui;
            lu.CreeLe = maintenant;
            lu.ModifieLe = maintenant;
            db.SitesFonciers.Add(lu);
            ajoutes++;
        }
        return (ajoutes, modifies, inchanges);
    }
}
