using System.Globalization;
using Pilotis.Data.Foncier;
using Pilotis.Domain.Foncier;

namespace Pilotis.Web.Features.Foncier;

/// <summary>Les champs du formulaire d'un outil foncier, tels que saisis, relus puis vérifiés par le domaine.</summary>
public sealed class SaisieOutil
{
    public string? Type { get; set; }
    public string? Nom { get; set; }
    public string? Commune { get; set; }
    public string? DateDebut { get; set; }
    public string? DateFin { get; set; }
    public string? Perimetre { get; set; }
    public string? Zone { get; set; }
    public string? PartLls { get; set; }
    public int? SiteId { get; set; }
    public int? PorteurId { get; set; }
    public string? Montant { get; set; }
    public string? DateCessionPrevue { get; set; }
    public string? DecoteFonciere { get; set; }
    public string? Observations { get; set; }
    public Guid Jeton { get; set; }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Nombre(decimal? n) => n?.ToString("0.##", CultureInfo.InvariantCulture);

    public static SaisieOutil Depuis(OutilFoncier o) =>
        new()
        {
            Type = o.Type.Code(),
            Nom = o.Nom,
            Commune = o.CommuneCode,
            DateDebut = Date(o.DateDebut),
            DateFin = Date(o.DateFin),
            Perimetre = o.Perimetre,
            Zone = o.Zone,
            PartLls = Nombre(o.PartLls * 100m),
            SiteId = o.SiteId,
            PorteurId = o.PorteurId,
            Montant = Nombre(o.Montant),
            DateCessionPrevue = Date(o.DateCessionPrevue),
            DecoteFonciere = Nombre(o.DecoteFonciere),
            Observations = o.Observations,
            Jeton = o.Jeton,
        };

    /// <summary>Reporte la saisie sur l'outil ; rend les erreurs (champ du formulaire, message).</summary>
    public List<ErreurChamp> Lire(OutilFoncier o, LieuCommune? lieu)
    {
        ArgumentNullException.ThrowIfNull(o);
        var e = new List<ErreurChamp>();
        if (LibellesFoncier.TryOutil(Type, out var type))
            o.Type = type;
        else
            e.Add(new(nameof(Type), "Choisissez le type d'outil."));
        o.Nom = Nom?.Trim() ?? "";
        if (lieu is null)
            e.Add(new(nameof(Commune), "Indiquez le code INSEE d'une commune actuelle (ex. 30007)."));
        else
            (o.CommuneCode, o.EpciSiren, o.DepartementCode, o.RegionCode) = (
                lieu.Code,
                lieu.EpciSiren,
                lieu.DepartementCode,
                lieu.RegionCode
            );
        o.DateDebut = LireDate(DateDebut, nameof(DateDebut), e);
        o.DateFin = LireDate(DateFin, nameof(DateFin), e);
        o.DateCessionPrevue = LireDate(DateCessionPrevue, nameof(DateCessionPrevue), e);
        o.Perimetre = Texte(Perimetre);
        o.Zone = Texte(Zone);
        o.PartLls = LireNombre(PartLls, nameof(PartLls), e) / 100m;
        o.Montant = LireNombre(Montant, nameof(Montant), e);
        o.DecoteFonciere = LireNombre(DecoteFonciere, nameof(DecoteFonciere), e);
        var portage = o.Type == TypeOutilFoncier.ConventionPortage;
        o.SiteId = portage ? SiteId : null;
        o.PorteurId = portage ? PorteurId : null;
        o.Observations = Texte(Observations);
        var dejaSignales = e.Select(x => x.Champ).ToHashSet();
        e.AddRange(ValidationOutilFoncier.Valider(o).Where(v => !dejaSignales.Contains(v.Champ)));
        return e;
    }

    private static string? Texte(string? t) => string.IsNullOrWhiteSpace(t) ? null : t.Trim();

    private static DateOnly? LireDate(string? texte, string champ, List<ErreurChamp> e)
    {
        if (string.IsNullOrWhiteSpace(texte))
            return null;
        if (LectureValeurs.Date(texte, out var d))
            return d;
        e.Add(new(champ, MessagesSaisie.PasUneDate(texte)));
        return null;
    }

    private static decimal? LireNombre(string? texte, string champ, List<ErreurChamp> e)
    {
        if (string.IsNullOrWhiteSpace(texte))
            return null;
        if (LectureValeurs.Nombre(texte, out var n))
            return n;
        e.Add(new(champ, MessagesSaisie.PasUnNombre(texte)));
        return null;
    }
}
