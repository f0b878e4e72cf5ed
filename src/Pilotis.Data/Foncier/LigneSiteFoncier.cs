using Pilotis.Domain.Foncier;
using C = Pilotis.Data.Foncier.ColonnesSitesFonciers;

namespace Pilotis.Data.Foncier;

/// <summary>
/// Une ligne du fichier des sites lue en <see cref="SiteFoncier"/> : chaque valeur illisible donne un message qui
/// nomme sa colonne ; les règles du domaine (<see cref="ValidationSiteFoncier"/>) viennent ensuite, traduites en
/// colonnes.
/// </summary>
public static class LigneSiteFoncier
{
    public static (SiteFoncier? Site, List<string> Messages) Lire(Func<string, string?> cellule, ContexteImport ctx)
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
        else if (ctx.Autorisee is not null && !ctx.Autorisee(lieu))
            m.Add($"{C.Commune} : la commune {code} est hors de votre périmètre.");
        if (lieu is null)
            return (null, m);
        var (parcelles, erreursParcelles) = ReferenceCadastrale.LireListe(lieu.Code, cellule(C.Parcelles));
        m.AddRange(erreursParcelles.Select(e => $"{C.Parcelles} : {e}"));
        var site = new SiteFoncier
        {
            Identifiant = cellule(C.Identifiant) ?? "",
            Nom = cellule(C.Nom) ?? "",
            CommuneCode = lieu.Code,
            EpciSiren = lieu.EpciSiren,
            DepartementCode = lieu.DepartementCode,
            RegionCode = lieu.RegionCode,
            Parcelles = string.Join(",", parcelles.Select(p => p.Idu)),
            SurfaceM2 = Entier(cellule, C.Surface, m),
            Longitude = Nombre(cellule, C.Longitude, m),
            Latitude = Nombre(cellule, C.Latitude, m),
            Geometrie = cellule(C.Geometrie) is { Length: > 0 } g ? g : null,
            Observations = cellule(C.Observations) is { Length: > 0 } o ? o : null,
        };
        LireChoix(cellule, ctx, site, m);
        if (m.Count == 0)
            m.AddRange(ValidationSiteFoncier.Valider(site).Select(e => $"{C.DuChamp(e.Champ)} : {e.Message}"));
        return (m.Count == 0 ? site : null, m);
    }

    private static void LireChoix(Func<string, string?> cellule, ContexteImport ctx, SiteFoncier site, List<string> m)
    {
        if (LibellesFoncier.TryZone(cellule(C.Zone), out var zone))
            site.Zone = zone;
        else
            m.Add(Choix(C.Zone, cellule(C.Zone), LibellesFoncier.CodesPossibles(LibellesFoncier.Zones)));
        if (LibellesFoncier.TryProprietaire(cellule(C.Proprietaire), out var proprietaire))
            site.Proprietaire = proprietaire;
        else
            m.Add(
                Choix(
                    C.Proprietaire,
                    cellule(C.Proprietaire),
                    LibellesFoncier.CodesPossibles(LibellesFoncier.Proprietaires)
                )
            );
        if (LibellesFoncier.LireContraintes(cellule(C.Contraintes), out var contraintes) is string inconnue)
            m.Add(Choix(C.Contraintes, inconnue, LibellesFoncier.CodesPossibles(LibellesFoncier.Contraintes)));
        site.Contraintes = contraintes;
        var statut = cellule(C.Statut);
        if (!string.IsNullOrEmpty(statut))
        {
            if (LibellesFoncier.TryStatut(statut, out var s) && ImportSitesFonciers.StatutsImportables.Contains(s))
                site.Statut = s;
            else
                m.Add(
                    $"{C.Statut} : « {Francais.Extrait(statut)} » n'est pas un statut importable (identifie, en_etude, "
                        + "acquis_porte) ; un site passe en opération par sa page, qui le lie à l'opération."
                );
        }
        var porteur = cellule(C.Porteur);
        if (!string.IsNullOrEmpty(porteur))
        {
            if (ctx.EpfParSiren.TryGetValue(porteur, out var id))
                site.PorteurId = id;
            else
                m.Add(
                    $"{C.Porteur} : « {Francais.Extrait(porteur)} » n'est le SIREN d'aucun "
                        + "établissement public foncier."
                );
        }
    }

    private static string Choix(string colonne, string? valeur, string possibles) =>
        string.IsNullOrEmpty(valeur)
            ? $"{colonne} : valeur obligatoire ({possibles})."
            : $"{colonne} : « {Francais.Extrait(valeur)} » n'est pas une valeur admise ({possibles}).";

    private static int Entier(Func<string, string?> cellule, string colonne, List<string> m)
    {
        var texte = cellule(colonne);
        if (string.IsNullOrEmpty(texte))
        {
            m.Add($"{colonne} : valeur obligatoire.");
            return 0;
        }
        if (LectureValeurs.Entier(texte, out var v))
            return v;
        m.Add($"{colonne} : {MessagesSaisie.PasUnEntier(texte)}");
        return 0;
    }

    private static decimal? Nombre(Func<string, string?> cellule, string colonne, List<string> m)
    {
        var texte = cellule(colonne);
        if (string.IsNullOrEmpty(texte))
            return null;
        if (LectureValeurs.Nombre(texte, out var v))
            return v;
        m.Add($"{colonne} : {MessagesSaisie.PasUnNombre(texte)}");
        return null;
    }

    /// <summary>Reporte un site lu sur le site en base, sauf son statut (transitions de sa page).</summary>
    public static void Reporter(SiteFoncier lu, SiteFoncier actuel)
    {
        ArgumentNullException.ThrowIfNull(lu);
        ArgumentNullException.ThrowIfNull(actuel);
        actuel.Nom = lu.Nom;
        actuel.CommuneCode = lu.CommuneCode;
        actuel.DepartementCode = lu.DepartementCode;
        actuel.RegionCode = lu.RegionCode;
        actuel.Parcelles = lu.Parcelles;
        actuel.SurfaceM2 = lu.SurfaceM2;
        actuel.Zone = lu.Zone;
        actuel.Proprietaire = lu.Proprietaire;
        actuel.PorteurId = lu.PorteurId;
        actuel.Contraintes = lu.Contraintes;
        actuel.CapaciteEstimee = lu.CapaciteEstimee;
        actuel.Longitude = lu.Longitude;
        actuel.Latitude = lu.Latitude;
        actuel.Geometrie = lu.Geometrie;
        actuel.Observations = lu.Observations;
        actuel.Demonstration = false;
    }
}
