using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Annuaire.Organisations;

/// <summary>
/// Le périmètre d'une organisation confronté au référentiel territorial : la commune, l'EPCI, le département
/// ou la région doivent exister ; le département de rattachement se déduit du périmètre quand il n'y en a qu'un.
/// </summary>
public static class Perimetres
{
    public const string ChampCode = "PerimetreCode";
    public const string ChampDepartement = "DepartementCode";

    public static string LibelleNiveau(NiveauPerimetre niveau) =>
        niveau switch
        {
            NiveauPerimetre.National => "France entière",
            NiveauPerimetre.Region => "Région",
            NiveauPerimetre.Departement => "Département",
            NiveauPerimetre.Epci => "Intercommunalité (EPCI)",
            NiveauPerimetre.Commune => "Commune",
            _ => niveau.ToString(),
        };

    /// <summary>
    /// Vérifie le périmètre ; ajoute les erreurs (en français) sous la clé de leur champ et renvoie null s'il y en a.
    /// </summary>
    public static async Task<PerimetreResolu?> ResoudreAsync(
        PilotisDbContext db,
        NiveauPerimetre niveau,
        string? codeSaisi,
        string? departementSaisi,
        Action<string, string> erreur,
        CancellationToken ct
    )
    {
        var code = (codeSaisi ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var departement = string.IsNullOrWhiteSpace(departementSaisi)
            ? null
            : departementSaisi.Trim().ToUpperInvariant();
        if (departement is not null && !await db.Departements.AnyAsync(d => d.Code == departement, ct))
        {
            erreur(
                ChampDepartement,
                $"Le département « {Francais.Extrait(departement)} » n'existe pas dans le référentiel "
                    + "(exemples : 30, 2A, 971)."
            );
            return null;
        }

        return niveau switch
        {
            NiveauPerimetre.National => await NationalAsync(db, departement, erreur, ct),
            NiveauPerimetre.Region => await RegionAsync(db, niveau, code, departement, erreur, ct),
            NiveauPerimetre.Departement => await DepartementAsync(db, niveau, code, departement, erreur, ct),
            NiveauPerimetre.Epci => await EpciAsync(db, niveau, code, departement, erreur, ct),
            NiveauPerimetre.Commune => await CommuneAsync(db, niveau, code, departement, erreur, ct),
            _ => Refus(erreur, "PerimetreNiveau", "Choisissez le niveau du périmètre."),
        };
    }

    private static PerimetreResolu? Refus(Action<string, string> erreur, string champ, string message)
    {
        erreur(champ, message);
        return null;
    }

    /// <summary>National : rattaché au département indiqué.</summary>
    private static async Task<PerimetreResolu?> NationalAsync(
        PilotisDbContext db,
        string? departement,
        Action<string, string> erreur,
        CancellationToken ct
    )
    {
        if (departement is null)
        {
            erreur(ChampDepartement, "Pour un périmètre national, indiquez le département de rattachement.");
            return null;
        }
        return await AvecRegionAsync(db, NiveauPerimetre.National, "FR", departement, ct);
    }

    /// <summary>Région : son code INSEE ; rattachée à l'un de ses départements.</summary>
    private static async Task<PerimetreResolu?> RegionAsync(
        PilotisDbContext db,
        NiveauPerimetre niveau,
        string code,
        string? departement,
        Action<string, string> erreur,
        CancellationToken ct
    )
    {
        if (code.Length == 0)
        {
            erreur(ChampCode, "Indiquez le code INSEE de la région, par exemple 76 pour l'Occitanie.");
            return null;
        }
        if (!await db.Regions.AnyAsync(r => r.Code == code, ct))
        {
            erreur(ChampCode, $"La région « {Francais.Extrait(code)} » n'existe pas dans le référentiel.");
            return null;
        }
        var departements = await db
            .Departements.Where(d => d.RegionCode == code)
            .Select(d => d.Code)
            .OrderBy(d => d)
            .ToListAsync(ct);
        return Rattacher(niveau, code, code, departement, departements, "Cette région", erreur);
    }

    /// <summary>Département : son code ; sa région vient du référentiel.</summary>
    private static async Task<PerimetreResolu?> DepartementAsync(
        PilotisDbContext db,
        NiveauPerimetre niveau,
        string code,
        string? departement,
        Action<string, string> erreur,
        CancellationToken ct
    )
    {
        if (code.Length == 0)
        {
            erreur(ChampCode, "Indiquez le code du département, par exemple 30, 2A ou 971.");
            return null;
        }
        var region = await db.Departements.Where(d => d.Code == code).Select(d => d.RegionCode).FirstOrDefaultAsync(ct);
        if (region is null)
        {
            erreur(ChampCode, $"Le département « {Francais.Extrait(code)} » n'existe pas dans le référentiel.");
            return null;
        }
        return Rattacher(niveau, code, region, departement, [code], "Ce département", erreur);
    }

    /// <summary>EPCI : son SIREN ; rattaché à l'un des départements de ses communes.</summary>
    private static async Task<PerimetreResolu?> EpciAsync(
        PilotisDbContext db,
        NiveauPerimetre niveau,
        string code,
        string? departement,
        Action<string, string> erreur,
        CancellationToken ct
    )
    {
        if (code.Length != 9 || !code.All(char.IsAsciiDigit))
        {
            erreur(ChampCode, "Le SIREN d'un EPCI comporte 9 chiffres, par exemple 243000643.");
            return null;
        }
        if (!await db.Epcis.AnyAsync(e => e.Siren == code, ct))
        {
            erreur(ChampCode, $"Aucun EPCI de SIREN « {Francais.Extrait(code)} » dans le référentiel.");
            return null;
        }
        var membres = await db
            .Communes.Where(c => c.EpciSiren == code && c.Type == TypeCommune.Actuelle)
            .Select(c => new { c.DepartementCode, c.RegionCode })
            .Distinct()
            .ToListAsync(ct);
        var departements = membres.Select(m => m.DepartementCode).Order().ToList();
        var resolu = Rattacher(niveau, code, "", departement, departements, "Cet EPCI", erreur);
        return resolu is null
            ? null
            : resolu with
            {
                RegionCode = membres.First(m => m.DepartementCode == resolu.DepartementCode).RegionCode,
            };
    }

    /// <summary>Commune : son code INSEE actuel.</summary>
    private static async Task<PerimetreResolu?> CommuneAsync(
        PilotisDbContext db,
        NiveauPerimetre niveau,
        string code,
        string? departement,
        Action<string, string> erreur,
        CancellationToken ct
    )
    {
        if (code.Length == 0)
        {
            erreur(ChampCode, "Indiquez le code INSEE de la commune (5 caractères), par exemple 30189 pour Nîmes.");
            return null;
        }
        var commune = await db
            .Communes.Where(c => c.Code == code && c.Type == TypeCommune.Actuelle)
            .Select(c => new { c.DepartementCode, c.RegionCode })
            .FirstOrDefaultAsync(ct);
        if (commune is null)
        {
            erreur(
                ChampCode,
                $"Aucune commune de code INSEE « {Francais.Extrait(code)} » dans le référentiel "
                    + "(le code postal ne convient pas)."
            );
            return null;
        }
        return Rattacher(
            niveau,
            code,
            commune.RegionCode,
            departement,
            [commune.DepartementCode],
            "Cette commune",
            erreur
        );
    }

    private static PerimetreResolu? Rattacher(
        NiveauPerimetre niveau,
        string code,
        string region,
        string? saisi,
        IReadOnlyList<string> possibles,
        string sujet,
        Action<string, string> erreur
    )
    {
        if (saisi is not null)
        {
            if (possibles.Contains(saisi))
                return new(niveau, code, saisi, region);
            erreur(
                ChampDepartement,
                possibles.Count == 1
                    ? $"{sujet} relève du département {possibles[0]} : laissez le champ vide ou indiquez "
                        + $"{possibles[0]}."
                    : $"{sujet} ne s'étend pas sur le département {saisi} "
                        + $"(départements possibles : {string.Join(", ", possibles)})."
            );
            return null;
        }
        if (possibles.Count == 1)
            return new(niveau, code, possibles[0], region);
        erreur(
            ChampDepartement,
            possibles.Count == 0
                ? $"{sujet} n'a aucune commune dans le référentiel : indiquez le département de rattachement."
                : $"{sujet} s'étend sur plusieurs départements ({string.Join(", ", possibles)}) : "
                    + "indiquez le département de rattachement."
        );
        return null;
    }

    private static async Task<PerimetreResolu?> AvecRegionAsync(
        PilotisDbContext db,
        NiveauPerimetre niveau,
        string code,
        string departement,
        CancellationToken ct
    )
    {
        var region = await db.Departements.Where(d => d.Code == departement).Select(d => d.RegionCode).FirstAsync(ct);
        return new(niveau, code, departement, region);
    }

    /// <summary>
    /// Noms lisibles des périmètres d'une page de résultats (« Commune de Nîmes (30189) »…), en quatre petites
    /// requêtes.
    /// </summary>
    public static async Task<Dictionary<(NiveauPerimetre, string), string>> LibellesAsync(
        PilotisDbContext db,
        IEnumerable<(NiveauPerimetre Niveau, string Code)> perimetres,
        CancellationToken ct
    )
    {
        var liste = perimetres.Distinct().ToList();
        var codes = (NiveauPerimetre n) => liste.Where(p => p.Niveau == n).Select(p => p.Code).ToList();
        var communes = codes(NiveauPerimetre.Commune);
        var epcis = codes(NiveauPerimetre.Epci);
        var departements = codes(NiveauPerimetre.Departement);
        var regions = codes(NiveauPerimetre.Region);
        var noms = new Dictionary<(NiveauPerimetre, string), string>();
        // Un libellé « Nom (code) » par niveau, une requête par niveau présent dans la liste.
        async Task NommerAsync(NiveauPerimetre niveau, IReadOnlyCollection<string> codesNiveau, IQueryable<CodeNom> lus)
        {
            if (codesNiveau.Count == 0)
                return;
            foreach (var l in await lus.ToListAsync(ct))
                noms[(niveau, l.Code)] = $"{l.Nom} ({l.Code})";
        }
        await NommerAsync(
            NiveauPerimetre.Commune,
            communes,
            db.Communes.Where(c => communes.Contains(c.Code) && c.Type == TypeCommune.Actuelle)
                .Select(c => new CodeNom(c.Code, c.Nom))
        );
        await NommerAsync(
            NiveauPerimetre.Epci,
            epcis,
            db.Epcis.Where(e => epcis.Contains(e.Siren)).Select(e => new CodeNom(e.Siren, e.Nom))
        );
        await NommerAsync(
            NiveauPerimetre.Departement,
            departements,
            db.Departements.Where(d => departements.Contains(d.Code)).Select(d => new CodeNom(d.Code, d.Nom))
        );
        await NommerAsync(
            NiveauPerimetre.Region,
            regions,
            db.Regions.Where(r => regions.Contains(r.Code)).Select(r => new CodeNom(r.Code, r.Nom))
        );
        foreach (var p in liste.Where(p => !noms.ContainsKey(p)))
        {
            noms[p] = p.Niveau == NiveauPerimetre.National ? "France entière" : new Perimetre(p.Niveau, p.Code).Libelle;
        }
        return noms;
    }

    public static string Libelle(
        this Dictionary<(NiveauPerimetre, string), string> noms,
        NiveauPerimetre niveau,
        string code
    ) => noms.TryGetValue((niveau, code), out var nom) ? nom : new Perimetre(niveau, code).Libelle;
}
