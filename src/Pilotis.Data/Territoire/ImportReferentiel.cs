using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Base;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

/// <summary>
/// Importe régions, départements, EPCI et communes depuis les fichiers JSON du paquet @etalab/decoupage-administratif.
/// Tous les fichiers sont lus et vérifiés avant la première écriture ; l'écriture se fait en une transaction,
/// en ne touchant que ce qui a changé : relancer l'import sur les mêmes fichiers ne modifie rien.
/// </summary>
public sealed class ImportReferentiel(PilotisDbContext db)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public async Task<BilanImportReferentiel> ExecuterAsync(
        string dossier,
        IProgress<(string Etape, double Pourcentage)>? progression = null,
        CancellationToken ct = default
    )
    {
        var chrono = Stopwatch.StartNew();
        progression?.Report(("Lecture des fichiers", 0));
        var version = SourceReferentiel.LireVersion(dossier);
        var regions = await LireAsync<RegionJson>(dossier, "regions.json", ct);
        var departements = await LireAsync<DepartementJson>(dossier, "departements.json", ct);
        var epcis = await LireAsync<EpciJson>(dossier, "epci.json", ct);
        var communes = await LireAsync<CommuneJson>(dossier, "communes.json", ct);
        progression?.Report(("Vérification", 15));
        var lu = Valider(regions, departements, epcis, communes);

        progression?.Report(("Comparaison avec la base", 25));
        var detection = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.JournalDetailleSuspendu = true;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var compteur = new Compteur();
            await FusionnerReferentiel(lu, compteur, progression, ct);
            var bilan = new BilanImportReferentiel(
                version,
                lu.Regions.Count,
                lu.Departements.Count,
                lu.Epcis.Count,
                lu.Communes.Count(c => c.Type == TypeCommune.Actuelle),
                compteur.Ajoutees,
                compteur.Modifiees,
                compteur.Supprimees,
                TimeSpan.Zero
            );
            await EnregistrerVersion(version, ct);
            if (!bilan.SansChangement)
                JournaliserImport(bilan);
            progression?.Report(("Enregistrement", 80));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            progression?.Report(("Terminé", 100));
            return bilan with { Duree = chrono.Elapsed };
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detection;
            db.JournalDetailleSuspendu = false;
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Premier import (base neuve, tables du référentiel vides) : tout est ajouté, rien n'est à comparer ; les
    /// 38 000 lignes partent par requêtes préparées dans la transaction de l'import plutôt que par le suivi d'EF Core,
    /// qui coûtait plusieurs secondes au démarrage à froid.
    /// </summary>
    private async Task<bool> ChargerSurBaseVideAsync(Lu lu, Compteur compteur, CancellationToken ct)
    {
        if (
            await db.Regions.AnyAsync(ct)
            || await db.Departements.AnyAsync(ct)
            || await db.Epcis.AnyAsync(ct)
            || await db.Communes.AnyAsync(ct)
        )
            return false;
        compteur.Ajoutees += await InsertionEnMasse.InsererAsync(db, lu.Regions, ct);
        compteur.Ajoutees += await InsertionEnMasse.InsererAsync(db, lu.Departements, ct);
        compteur.Ajoutees += await InsertionEnMasse.InsererAsync(db, lu.Epcis, ct);
        compteur.Ajoutees += await InsertionEnMasse.InsererAsync(db, lu.Communes, ct);
        return true;
    }

    /// <summary>Fusionne régions, départements, EPCI puis communes lus avec ceux de la base.</summary>
    private async Task FusionnerReferentiel(
        Lu lu,
        Compteur compteur,
        IProgress<(string Etape, double Pourcentage)>? progression,
        CancellationToken ct
    )
    {
        if (await ChargerSurBaseVideAsync(lu, compteur, ct))
            return;
        await Fusionner(db.Regions, lu.Regions, r => r.Code, r => r.Nom, null, compteur, ct);
        await Fusionner(db.Departements, lu.Departements, d => d.Code, d => (d.Nom, d.RegionCode), null, compteur, ct);
        await Fusionner(
            db.Epcis,
            lu.Epcis,
            e => e.Siren,
            e => (e.Nom, e.Type, e.ModeFinancement, e.Population),
            null,
            compteur,
            ct
        );
        progression?.Report(("Écriture des communes", 45));
        await Fusionner(
            db.Communes,
            lu.Communes,
            c => (c.Code, c.Type),
            c =>
                (
                    c.Nom,
                    c.NomRecherche,
                    c.DepartementCode,
                    c.RegionCode,
                    c.EpciSiren,
                    c.Siren,
                    c.CodeParent,
                    c.Population,
                    c.CodesPostaux
                ),
            (actuelle, nouvelle) => nouvelle.Id = actuelle.Id,
            compteur,
            ct
        );
    }

    private void JournaliserImport(BilanImportReferentiel bilan)
    {
        db.Journaliser(
            "Import du référentiel territorial",
            "Referentiel",
            bilan.Version,
            new
            {
                bilan.Version,
                bilan.Communes,
                bilan.Epci,
                bilan.Ajoutees,
                bilan.Modifiees,
                bilan.Supprimees,
            }
        );
    }

    private async Task EnregistrerVersion(string version, CancellationToken ct)
    {
        var reglage = await db.Reglages.FindAsync([Reglage.VersionReferentiel], ct);
        if (reglage is null)
            db.Reglages.Add(new Reglage { Cle = Reglage.VersionReferentiel, Valeur = version });
        else
            reglage.Valeur = version;
    }

    private sealed class Compteur
    {
        public int Ajoutees;
        public int Modifiees;
        public int Supprimees;
    }

    /// <summary>
    /// Compare sans suivi (rapide sur 38 000 lignes) et n'attache au contexte que ce qui change :
    /// un import sans changement n'écrit rien.
    /// </summary>
    private async Task Fusionner<T, TCle, TEmpreinte>(
        DbSet<T> ensemble,
        IReadOnlyList<T> nouveaux,
        Func<T, TCle> cle,
        Func<T, TEmpreinte> empreinte,
        Action<T, T>? reprendreCleTechnique,
        Compteur compteur,
        CancellationToken ct
    )
        where T : class
        where TCle : notnull
    {
        var existants = (await ensemble.AsNoTracking().ToListAsync(ct)).ToDictionary(cle);
        foreach (var nouveau in nouveaux)
        {
            if (existants.Remove(cle(nouveau), out var actuel))
            {
                if (EqualityComparer<TEmpreinte>.Default.Equals(empreinte(actuel), empreinte(nouveau)))
                    continue;
                reprendreCleTechnique?.Invoke(actuel, nouveau);
                ensemble.Update(nouveau);
                compteur.Modifiees++;
            }
            else
            {
                ensemble.Add(nouveau);
                compteur.Ajoutees++;
            }
        }
        // Ce qui a disparu du COG (fusions de communes, EPCI dissous) est retiré.
        foreach (var disparu in existants.Values)
        {
            ensemble.Remove(disparu);
            compteur.Supprimees++;
        }
    }

    private static async Task<List<T>> LireAsync<T>(string dossier, string fichier, CancellationToken ct)
    {
        var chemin = Path.Combine(dossier, fichier);
        if (!File.Exists(chemin))
        {
            throw new ImportReferentielException(
                $"Fichier du référentiel manquant : {chemin}. Aucune donnée n'a été modifiée."
            );
        }
        try
        {
            await using var flux = File.OpenRead(chemin);
            return await JsonSerializer.DeserializeAsync<List<T>>(flux, Json, ct)
                ?? throw new ImportReferentielException(
                    $"Le fichier {fichier} est vide. Aucune donnée n'a été modifiée."
                );
        }
        catch (JsonException e)
        {
            throw new ImportReferentielException(
                $"Le fichier {fichier} n'est pas un JSON valide (ligne {e.LineNumber + 1}) : {e.Message} Aucune "
                    + "donnée n'a été modifiée.",
                e
            );
        }
    }

    private sealed record Lu(
        List<Region> Regions,
        List<Departement> Departements,
        List<Epci> Epcis,
        List<Commune> Communes
    );

    private static Lu Valider(
        List<RegionJson> regions,
        List<DepartementJson> departements,
        List<EpciJson> epcis,
        List<CommuneJson> communes
    )
    {
        var erreurs = new List<string>();
        VerifierRegionsDepartementsEpci(regions, departements, epcis, erreurs);
        var lignes = ConstruireCommunes(communes, EpciParCommune(epcis), erreurs);
        var doublons = lignes
            .GroupBy(c => (c.Code, c.Type))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Code} ({g.Key.Type})")
            .Take(5)
            .ToList();
        Exiger(erreurs, doublons.Count == 0, $"communes.json : codes en double {string.Join(", ", doublons)}");
        Exiger(
            erreurs,
            lignes.Any(c => c.Type == TypeCommune.Actuelle),
            "communes.json ne contient aucune commune actuelle"
        );
        if (erreurs.Count > 0)
        {
            throw new ImportReferentielException(
                "Référentiel territorial invalide, aucune donnée n'a été modifiée :"
                    + Environment.NewLine
                    + string.Join(Environment.NewLine, erreurs)
            );
        }

        return new Lu(
            regions.Select(r => new Region { Code = r.Code!, Nom = r.Nom! }).ToList(),
            departements
                .Select(d => new Departement
                {
                    Code = d.Code!,
                    Nom = d.Nom ?? d.Code!,
                    RegionCode = d.Region!,
                })
                .ToList(),
            epcis
                .Select(e => new Epci
                {
                    Siren = e.Code!,
                    Nom = e.Nom!,
                    Type = e.Type ?? "",
                    ModeFinancement = e.ModeFinancement,
                    Population = e.PopulationMunicipale ?? e.PopulationTotale ?? 0,
                })
                .ToList(),
            lignes
        );
    }

    /// <summary>Retient le message si la condition est fausse, dans la limite de vingt erreurs.</summary>
    private static void Exiger(List<string> erreurs, bool condition, string message)
    {
        if (!condition && erreurs.Count < 20)
            erreurs.Add(message);
    }

    private static void VerifierRegionsDepartementsEpci(
        List<RegionJson> regions,
        List<DepartementJson> departements,
        List<EpciJson> epcis,
        List<string> erreurs
    )
    {
        for (var i = 0; i < regions.Count; i++)
            Exiger(
                erreurs,
                !string.IsNullOrWhiteSpace(regions[i].Code) && !string.IsNullOrWhiteSpace(regions[i].Nom),
                $"regions.json, élément {i + 1} : code ou nom manquant"
            );
        for (var i = 0; i < departements.Count; i++)
            Exiger(
                erreurs,
                !string.IsNullOrWhiteSpace(departements[i].Code) && !string.IsNullOrWhiteSpace(departements[i].Region),
                $"departements.json, élément {i + 1} : code ou région manquant"
            );
        for (var i = 0; i < epcis.Count; i++)
            Exiger(
                erreurs,
                epcis[i].Code is { Length: 9 } && !string.IsNullOrWhiteSpace(epcis[i].Nom),
                $"epci.json, élément {i + 1} : SIREN ou nom manquant"
            );
    }

    private static Dictionary<string, string> EpciParCommune(List<EpciJson> epcis)
    {
        var epciParCommune = new Dictionary<string, string>();
        foreach (var e in epcis)
        {
            foreach (var m in e.Membres ?? [])
                if (m.Code is not null)
                    epciParCommune[m.Code] = e.Code!;
        }
        return epciParCommune;
    }

    /// <summary>Vérifie chaque commune du fichier et construit les lignes valides.</summary>
    private static List<Commune> ConstruireCommunes(
        List<CommuneJson> communes,
        Dictionary<string, string> epciParCommune,
        List<string> erreurs
    )
    {
        var lignes = new List<Commune>(communes.Count);
        for (var i = 0; i < communes.Count; i++)
        {
            var c = communes[i];
            var type = TypeCommuneLibelles.DepuisReferentiel(c.Type);
            Exiger(
                erreurs,
                c.Code is { Length: 5 }
                    && !string.IsNullOrWhiteSpace(c.Nom)
                    && type is not null
                    && !string.IsNullOrWhiteSpace(c.Departement),
                $"communes.json, élément {i + 1} ({c.Code}) : code, nom, type ou département manquant ou invalide"
            );
            if (type is null || c.Code is null || c.Nom is null || c.Departement is null)
                continue;
            lignes.Add(
                new Commune
                {
                    Code = c.Code,
                    Type = type.Value,
                    Nom = c.Nom,
                    NomRecherche = TexteRecherche.Normaliser(c.Nom),
                    DepartementCode = c.Departement,
                    RegionCode = c.Region ?? "",
                    EpciSiren =
                        type == TypeCommune.Actuelle && epciParCommune.TryGetValue(c.Code, out var siren)
                            ? siren
                            : null,
                    Siren = c.Siren,
                    CodeParent = type == TypeCommune.Actuelle ? null : c.ChefLieu ?? c.Commune,
                    Population = c.Population,
                    CodesPostaux = c.CodesPostaux is { Count: > 0 } ? string.Join(',', c.CodesPostaux) : null,
                }
            );
        }
        return lignes;
    }

    private sealed record RegionJson(string? Code, string? Nom);

    private sealed record DepartementJson(string? Code, string? Nom, string? Region);

    private sealed record MembreJson(string? Code);

    private sealed record EpciJson(
        string? Code,
        string? Nom,
        string? Type,
        string? ModeFinancement,
        int? PopulationTotale,
        int? PopulationMunicipale,
        List<MembreJson>? Membres
    );

    private sealed record CommuneJson(
        string? Code,
        string? Nom,
        string? Type,
        string? Departement,
        string? Region,
        string? Siren,
        [property: JsonPropertyName("chefLieu")] string? ChefLieu,
        string? Commune,
        List<string>? CodesPostaux,
        int? Population
    );
}
