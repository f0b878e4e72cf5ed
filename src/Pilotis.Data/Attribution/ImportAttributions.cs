using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Data.Journal;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Import CSV des baux signés (docs/formats/attributions.md) : exactement les colonnes de <see cref="Colonnes"/>.
/// Tout le fichier est vérifié d'abord, chaque ligne fausse nommée avec son numéro ; une seule erreur et rien n'est
/// écrit. Un bail est retrouvé par son bailleur et son numéro d'attribution : réimporter le même fichier ne change
/// rien. Une demande du registre nommée par son numéro unique devient satisfaite (même règle que la radiation pour
/// attribution, <see cref="EcheancesDemande.Radier"/>).
/// </summary>
public sealed class ImportAttributions(PilotisDbContext db)
{
    public static readonly string[] Colonnes =
    [
        "numero_attribution",
        "siren_bailleur",
        "code_commune",
        "logement_en_qpv",
        "contingent",
        "date_signature_bail",
        "ressources_annuelles_par_uc",
        "dalo",
        "prioritaire",
        "relogement_renouvellement_urbain",
        "numero_unique",
    ];

    public async Task<BilanImportAttributions> ExecuterAsync(Stream flux, CancellationToken ct = default)
    {
        var aujourdhui = DateOnly.FromDateTime(db.Horloge.GetLocalNow().DateTime);
        var contexte = new LectureBail(
            await BailleursParSirenAsync(ct),
            await CommunesImportables.ChargerAsync(db, null, ct),
            aujourdhui
        );
        var lus = new List<BailLu>();
        var erreurs = new List<ErreurLigne>();
        try
        {
            using var fichier = LectureCsv.Ouvrir(flux, erreurs.Add);
            if (ErreurEntete(fichier.Lecteur) is ErreurLigne entete)
                return BilanImportAttributions.Refus(0, [entete]);
            var entetes = LectureCsv.Entetes(fichier.Lecteur);
            while (await fichier.LireAsync(ct))
            {
                var (lu, erreur) = contexte.Lire(fichier.Lecteur, entetes);
                if (erreur is not null)
                    erreurs.Add(erreur);
                else
                    lus.Add(lu!);
            }
        }
        catch (FichierCsvRefuseException refus)
        {
            return BilanImportAttributions.Refus(0, [refus.Erreur]);
        }
        SignalerDoublons(lus, erreurs);
        var demandes = await DemandesNommeesAsync(lus, ct);
        erreurs.AddRange(RefusDemandes(lus, demandes, aujourdhui));
        if (erreurs.Count > 0)
            return BilanImportAttributions.Refus(lus.Count + erreurs.Count, erreurs);
        var (ajoutes, modifies, inchanges) = await AppliquerAsync(lus, ct);
        var satisfaites = SatisfaireDemandes(lus, demandes, aujourdhui);
        await db.EnregistrerAsync(
            "Import des baux signés",
            nameof(BailSigne),
            (lus.Count, ajoutes, modifies + satisfaites, inchanges),
            viderSuivi: false,
            ct
        );
        return new BilanImportAttributions(lus.Count, ajoutes, modifies, inchanges, satisfaites, []);
    }

    /// <summary>
    /// Le format est fermé : une colonne manquante ou en trop refuse le fichier (ligne 1), pour qu'une colonne mal
    /// nommée ne soit jamais ignorée en silence.
    /// </summary>
    private static ErreurLigne? ErreurEntete(CsvReader csv)
    {
        var entetes = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        if (LectureCsv.ErreurEntete(entetes, Colonnes, StringComparer.OrdinalIgnoreCase) is ErreurLigne manque)
            return manque;
        var enTrop = entetes.Where(h => !Colonnes.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        var doubles = entetes.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        if (enTrop.Count == 0 && doubles.Count == 0)
            return null;
        var motif =
            enTrop.Count > 0
                ? "Colonnes inattendues dans l'en-tête : "
                    + string.Join(", ", enTrop.Select(h => Francais.Extrait(h)))
                    + "."
                : "Colonnes en double dans l'en-tête : " + string.Join(", ", doubles.Select(g => g.Key)) + ".";
        return new ErreurLigne(
            1,
            motif + " Le fichier doit avoir exactement ces colonnes : " + string.Join(";", Colonnes) + "."
        );
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

    /// <summary>Un bail (bailleur, numéro) ne figure qu'une fois dans le fichier.</summary>
    private static void SignalerDoublons(List<BailLu> lus, List<ErreurLigne> erreurs)
    {
        foreach (
            var doublon in lus.GroupBy(l => (l.Bail.BailleurId, l.Bail.NumeroAttribution)).Where(g => g.Count() > 1)
        )
        {
            var premiere = doublon.First().Ligne;
            foreach (var autre in doublon.Skip(1))
                erreurs.Add(
                    new ErreurLigne(
                        autre.Ligne,
                        $"Doublon : l'attribution « {doublon.Key.NumeroAttribution} » de ce bailleur figure aussi "
                            + $"ligne {premiere}."
                    )
                );
        }
    }

    private async Task<Dictionary<string, DemandeLogement>> DemandesNommeesAsync(List<BailLu> lus, CancellationToken ct)
    {
        var numeros = lus.Select(l => l.Bail.NumeroUnique).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var demandes = new Dictionary<string, DemandeLogement>(StringComparer.Ordinal);
        foreach (var paquet in numeros.Chunk(1000))
        {
            foreach (var d in await db.Demandes.Where(d => paquet.Contains(d.NumeroUnique)).ToListAsync(ct))
                demandes[d.NumeroUnique] = d;
        }
        return demandes;
    }

    /// <summary>
    /// Une demande nommée et encore active doit pouvoir être radiée pour attribution à la date du bail ; une demande
    /// déjà satisfaite est laissée telle quelle (réimport) ; une demande radiée pour un autre motif est une erreur.
    /// </summary>
    private static IEnumerable<ErreurLigne> RefusDemandes(
        List<BailLu> lus,
        Dictionary<string, DemandeLogement> demandes,
        DateOnly aujourdhui
    )
    {
        foreach (var l in lus)
        {
            if (l.Bail.NumeroUnique is not string numero || !demandes.TryGetValue(numero, out var d))
                continue;
            if (d.Statut == StatutDemande.Satisfaite)
                continue;
            var refus =
                d.Statut == StatutDemande.Radiee
                    ? "elle est radiée pour un autre motif qu'une attribution."
                    : EcheancesDemande.RefusRadiation(
                        d,
                        MotifRadiation.Attribution,
                        l.Bail.DateSignatureBail,
                        aujourdhui,
                        l.Bail.CommuneCode
                    );
            if (refus is not null)
                yield return new ErreurLigne(
                    l.Ligne,
                    $"numero_unique : la demande « {numero} » ne peut pas être satisfaite par ce bail : "
                        + char.ToLowerInvariant(refus[0])
                        + refus[1..]
                );
        }
    }

    /// <summary>Ajoute les baux nouveaux, met à jour ceux qui changent ; compte ce qui change vraiment.</summary>
    private async Task<(int Ajoutes, int Modifies, int Inchanges)> AppliquerAsync(
        List<BailLu> lus,
        CancellationToken ct
    )
    {
        var bailleurs = lus.Select(l => l.Bail.BailleurId).Distinct().ToList();
        var existants = new Dictionary<(int, string), BailSigne>();
        foreach (var bailleur in bailleurs)
        {
            var numeros = lus.Where(l => l.Bail.BailleurId == bailleur).Select(l => l.Bail.NumeroAttribution).ToList();
            foreach (var paquet in numeros.Chunk(1000))
            {
                var baux = await db
                    .BauxSignes.Where(b => b.BailleurId == bailleur && paquet.Contains(b.NumeroAttribution))
                    .ToListAsync(ct);
                foreach (var b in baux)
                    existants[(b.BailleurId, b.NumeroAttribution)] = b;
            }
        }
        int ajoutes = 0,
            modifies = 0,
            inchanges = 0;
        var maintenant = db.Horloge.GetUtcNow();
        foreach (var l in lus)
        {
            if (existants.TryGetValue((l.Bail.BailleurId, l.Bail.NumeroAttribution), out var actuel))
            {
                if (actuel.MemesValeurs(l.Bail))
                {
                    inchanges++;
                    continue;
                }
                actuel.Reprendre(l.Bail);
                actuel.ModifieLe = maintenant;
                modifies++;
            }
            else
            {
                l.Bail.ModifieLe = maintenant;
                db.BauxSignes.Add(l.Bail);
                ajoutes++;
            }
        }
        return (ajoutes, modifies, inchanges);
    }

    /// <summary>La radiation pour attribution du registre (CCH R441-2-8), à la date de signature du bail.</summary>
    private static int SatisfaireDemandes(
        List<BailLu> lus,
        Dictionary<string, DemandeLogement> demandes,
        DateOnly aujourdhui
    )
    {
        var satisfaites = 0;
        foreach (var l in lus)
        {
            if (l.Bail.NumeroUnique is not string numero || !demandes.TryGetValue(numero, out var d))
                continue;
            if (d.Statut != StatutDemande.Active)
                continue;
            EcheancesDemande.Radier(
                d,
                MotifRadiation.Attribution,
                l.Bail.DateSignatureBail,
                aujourdhui,
                l.Bail.CommuneCode
            );
            satisfaites++;
        }
        return satisfaites;
    }
}
