using Pilotis.Domain.Annuaire;

namespace Pilotis.Web.Features.Annuaire.Referents;

/// <summary>Le formulaire d'une fiche de l'annuaire (les valeurs vides deviennent null).</summary>
public sealed class SaisieReferent
{
    public ThemeReferent Theme { get; set; }
    public string? Nom { get; set; }
    public string? Fonction { get; set; }
    public string? Courriel { get; set; }
    public string? Telephone { get; set; }
    public string? Disponibilite { get; set; }
    public VisibiliteReferent Visibilite { get; set; }

    public static SaisieReferent De(Referent r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new()
        {
            Theme = r.Theme,
            Nom = r.Nom,
            Fonction = r.Fonction,
            Courriel = r.Courriel,
            Telephone = r.Telephone,
            Disponibilite = r.Disponibilite,
            Visibilite = r.Visibilite,
        };
    }

    public void Appliquer(Referent r)
    {
        ArgumentNullException.ThrowIfNull(r);
        r.Theme = Theme;
        r.Nom = Nom?.Trim() ?? "";
        r.Fonction = Vide(Fonction);
        r.Courriel = Vide(Courriel);
        r.Telephone = Vide(Telephone);
        r.Disponibilite = Vide(Disponibilite);
        r.Visibilite = Visibilite;
    }

    private static string? Vide(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
