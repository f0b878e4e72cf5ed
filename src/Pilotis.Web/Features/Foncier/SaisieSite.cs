using Pilotis.Data.Foncier;
using Pilotis.Domain.Foncier;

namespace Pilotis.Web.Features.Foncier;

/// <summary>
/// Les champs du formulaire d'un site, tels que saisis (texte) : relus ici, puis vérifiés par le domaine
/// (<see cref="ValidationSiteFoncier"/>). Chaque erreur porte le nom du champ du formulaire.
/// </summary>
public sealed class SaisieSite
{
    public string? Identifiant { get; set; }
    public string? Nom { get; set; }
    public string? Commune { get; set; }
    public string? Parcelles { get; set; }
    public string? Surface { get; set; }
    public string? Zone { get; set; }
    public string? Proprietaire { get; set; }
    public int? PorteurId { get; set; }
    public List<string> Contraintes { get; set; } = [];
    public string? Longitude { get; set; }
    public string? Latitude { get; set; }
    public string? Geometrie { get; set; }
    public string? Observations { get; set; }
    public Guid Jeton { get; set; }

    public static SaisieSite Depuis(SiteFoncier s) =>
        new()
        {
            Identifiant = s.Identifiant,
            Nom = s.Nom,
            Commune = s.CommuneCode,
            Parcelles = AffichageFoncier.Parcelles(s.Parcelles),
            Surface = s.SurfaceM2.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Zone = s.Zone.Code(),
            Proprietaire = s.Proprietaire.Code(),
            PorteurId = s.PorteurId,
            Contraintes = LibellesFoncier
                .Contraintes.Where(c => s.Contraintes.HasFlag(c.Valeur))
                .Select(c => c.Code)
                .ToList(),
            Longitude = s.Longitude?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Latitude = s.Latitude?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Geometrie = s.Geometrie,
            Observations = s.Observations,
            Jeton = s.Jeton,
        };

    /// <summary>Reporte la saisie sur le site ; rend les erreurs (champ du formulaire, message).</summary>
    public List<ErreurChamp> Lire(SiteFoncier site, LieuCommune? lieu)
    {
        ArgumentNullException.ThrowIfNull(site);
        var e = new List<ErreurChamp>();
        site.Identifiant = Identifiant?.Trim() ?? "";
        site.Nom = Nom?.Trim() ?? "";
        if (lieu is null)
            e.Add(new(nameof(Commune), "Indiquez le code INSEE d'une commune actuelle (ex. 30189)."));
        else
        {
            (site.CommuneCode, site.EpciSiren, site.DepartementCode, site.RegionCode) = (
                lieu.Code,
                lieu.EpciSiren,
                lieu.DepartementCode,
                lieu.RegionCode
            );
            var (parcelles, erreurs) = ReferenceCadastrale.LireListe(lieu.Code, Parcelles);
            e.AddRange(erreurs.Select(m => new ErreurChamp(nameof(Parcelles), Capitaliser(m))));
            site.Parcelles = string.Join(",", parcelles.Select(p => p.Idu));
        }
        if (LectureValeurs.Entier(Surface, out var surface))
            site.SurfaceM2 = surface;
        else
            e.Add(new(nameof(Surface), "Indiquez la surface en m² (nombre entier)."));
        if (LibellesFoncier.TryZone(Zone, out var zone))
            site.Zone = zone;
        else
            e.Add(new(nameof(Zone), "Choisissez la zone du PLU."));
        if (LibellesFoncier.TryProprietaire(Proprietaire, out var proprietaire))
            site.Proprietaire = proprietaire;
        else
            e.Add(new(nameof(Proprietaire), "Choisissez le type de propriétaire."));
        site.PorteurId = site.Proprietaire == TypeProprietaire.Epf ? PorteurId : null;
        LibellesFoncier.LireContraintes(string.Join(",", Contraintes), out var contraintes);
        site.Contraintes = contraintes;
        site.Longitude = Nombre(Longitude, nameof(Longitude), e);
        site.Latitude = Nombre(Latitude, nameof(Latitude), e);
        site.Geometrie = string.IsNullOrWhiteSpace(Geometrie) ? null : Geometrie.Trim();
        site.Observations = string.IsNullOrWhiteSpace(Observations) ? null : Observations.Trim();
        var champs = new Dictionary<string, string>
        {
            [nameof(SiteFoncier.SurfaceM2)] = nameof(Surface),
            [nameof(SiteFoncier.Parcelles)] = nameof(Parcelles),
        };
        e.AddRange(
            ValidationSiteFoncier
                .Valider(site)
                .Where(v => !e.Any(x => x.Champ == champs.GetValueOrDefault(v.Champ, v.Champ)))
                .Select(v => v with { Champ = champs.GetValueOrDefault(v.Champ, v.Champ) })
        );
        return e;
    }

    private static string Capitaliser(string m) => m.Length == 0 ? m : char.ToUpper(m[0], Francais.Culture) + m[1..];

    private static decimal? Nombre(string? texte, string champ, List<ErreurChamp> e)
    {
        if (string.IsNullOrWhiteSpace(texte))
            return null;
        if (LectureValeurs.Nombre(texte, out var v))
            return v;
        e.Add(new(champ, MessagesSaisie.PasUnNombre(texte)));
        return null;
    }
}
