using Pilotis.Domain.Foncier;
using C = Pilotis.Data.Foncier.ColonnesOutilsFonciers;

namespace Pilotis.Data.Foncier;

/// <summary>
/// Une ligne du fichier des outils fonciers lue en <see cref="OutilFoncier"/> : chaque valeur illisible donne un
/// message qui nomme sa colonne ; les règles du domaine par type (<see cref="ValidationOutilFoncier"/>) viennent
/// ensuite, traduites en colonnes, puis les droits de l'acteur sur l'outil lu.
/// </summary>
public static class LigneOutilFoncier
{
    public static (OutilFoncier? Outil, List<string> Messages) Lire(
        Func<string, string?> cellule,
        ContexteImportOutils ctx
    )
    {
        ArgumentNullException.ThrowIfNull(cellule);
        ArgumentNullException.ThrowIfNull(ctx);
        var m = new List<string>();
        var code = cellule(C.Commune)?.ToUpperInvariant();
        LieuCommune? lieu = null;
        if (string.IsNullOrEmpty(code))
            m.Add($"{C.Commune} : valeur obligatoire (code INSEE de la commune).");
        else if (!ctx.Lieux.TryGetValue(code, out lieu))
            m.Add($"{C.Commune} : « {Francais.Extrait(code)} » n'est pas une commune actuelle du référentiel.");
        var typeLu = cellule(C.Type);
        if (!LibellesFoncier.TryOutil(typeLu, out var type))
            m.Add(Choix(typeLu));
        if (lieu is null || m.Count > 0)
            return (null, m);
        var portage = type == TypeOutilFoncier.ConventionPortage;
        var outil = new OutilFoncier
        {
            Type = type,
            Nom = cellule(C.Nom) ?? "",
            CommuneCode = lieu.Code,
            EpciSiren = lieu.EpciSiren,
            DepartementCode = lieu.DepartementCode,
            RegionCode = lieu.RegionCode,
            DateDebut = Date(cellule, C.DateDebut, m),
            DateFin = Date(cellule, C.DateFin, m),
            Perimetre = Texte(cellule(C.Perimetre)),
            Zone = Texte(cellule(C.Zone)),
            PartLls = Nombre(cellule, C.PartLls, m) / 100m,
            Montant = Nombre(cellule, C.Montant, m),
            DateCessionPrevue = Date(cellule, C.DateCession, m),
            DecoteFonciere = Nombre(cellule, C.Decote, m),
            Observations = Texte(cellule(C.Observations)),
        };
        if (portage)
            LirePortage(cellule, ctx, lieu, outil, m);
        else
            Refuser(cellule, [C.Site, C.Porteur], m);
        if (m.Count == 0)
            m.AddRange(ValidationOutilFoncier.Valider(outil).Select(e => $"{C.DuChamp(e.Champ)} : {e.Message}"));
        if (m.Count == 0 && ctx.Autorise is not null && !ctx.Autorise(outil))
            m.Add($"{C.Commune} : cet outil (commune {lieu.Code} ou porteur) est hors de votre périmètre.");
        return (m.Count == 0 ? outil : null, m);
    }

    /// <summary>Le site porté (identifiant de l'observatoire, sur la commune) et l'EPF porteur (SIREN).</summary>
    private static void LirePortage(
        Func<string, string?> cellule,
        ContexteImportOutils ctx,
        LieuCommune lieu,
        OutilFoncier outil,
        List<string> m
    )
    {
        if (cellule(C.Site) is { Length: > 0 } identifiant)
        {
            if (ctx.Sites.TryGetValue((lieu.EpciSiren, identifiant), out var site) && site.CommuneCode == lieu.Code)
                outil.SiteId = site.Id;
            else
                m.Add(
                    $"{C.Site} : « {Francais.Extrait(identifiant)} » n'est l'identifiant d'aucun site de "
                        + $"l'observatoire sur la commune {lieu.Code}."
                );
        }
        if (cellule(C.Porteur) is { Length: > 0 } siren)
        {
            if (ctx.EpfParSiren.TryGetValue(siren, out var id))
                outil.PorteurId = id;
            else
                m.Add(
                    $"{C.Porteur} : « {Francais.Extrait(siren)} » n'est le SIREN d'aucun établissement public foncier."
                );
        }
    }

    /// <summary>Les colonnes propres aux conventions de portage restent vides pour les autres outils.</summary>
    private static void Refuser(Func<string, string?> cellule, string[] colonnes, List<string> m)
    {
        foreach (var c in colonnes.Where(c => !string.IsNullOrEmpty(cellule(c))))
            m.Add($"{c} : ne se remplit que pour une convention de portage (type convention_portage).");
    }

    private static string Choix(string? valeur)
    {
        var possibles = LibellesFoncier.CodesPossibles(LibellesFoncier.Outils);
        return string.IsNullOrEmpty(valeur)
            ? $"{C.Type} : valeur obligatoire ({possibles})."
            : $"{C.Type} : « {Francais.Extrait(valeur)} » n'est pas une valeur admise ({possibles}).";
    }

    private static string? Texte(string? t) => string.IsNullOrWhiteSpace(t) ? null : t.Trim();

    private static DateOnly? Date(Func<string, string?> cellule, string colonne, List<string> m)
    {
        var texte = cellule(colonne);
        if (string.IsNullOrEmpty(texte))
            return null;
        if (LectureValeurs.Date(texte, out var d))
            return d;
        m.Add($"{colonne} : {MessagesSaisie.PasUneDate(texte)}");
        return null;
    }

    private static decimal? Nombre(Func<string, string?> cellule, string colonne, List<string> m)
    {
        var texte = cellule(colonne)?.TrimEnd('%', '€', ' ');
        if (string.IsNullOrEmpty(texte))
            return null;
        if (LectureValeurs.Nombre(texte, out var v))
            return v;
        m.Add($"{colonne} : {MessagesSaisie.PasUnNombre(texte)}");
        return null;
    }

    /// <summary>Reporte un outil lu sur l'outil en base (même commune, même type, même nom).</summary>
    public static void Reporter(OutilFoncier lu, OutilFoncier actuel)
    {
        ArgumentNullException.ThrowIfNull(lu);
        ArgumentNullException.ThrowIfNull(actuel);
        (actuel.EpciSiren, actuel.DepartementCode, actuel.RegionCode) = (
            lu.EpciSiren,
            lu.DepartementCode,
            lu.RegionCode
        );
        (actuel.DateDebut, actuel.DateFin, actuel.DateCessionPrevue) = (lu.DateDebut, lu.DateFin, lu.DateCessionPrevue);
        (actuel.Perimetre, actuel.Zone, actuel.PartLls) = (lu.Perimetre, lu.Zone, lu.PartLls);
        (actuel.SiteId, actuel.PorteurId) = (lu.SiteId, lu.PorteurId);
        (actuel.Montant, actuel.DecoteFonciere, actuel.Observations) = (lu.Montant, lu.DecoteFonciere, lu.Observations);
        actuel.Demonstration = false;
    }
}
