using Pilotis.Domain.Annuaire;

namespace Pilotis.Web.Features.Demande.Cotation;

/// <summary>Qui peut quoi sur les grilles de cotation (CCH L441-2-8) : l'EPCI définit, simule et publie la
/// sienne.</summary>
public static class AccesCotation
{
    /// <summary>La cible d'une grille : le territoire de l'EPCI (aucune organisation propriétaire).</summary>
    public static Cible Cible(string epciSiren) => new(null, new Localisation(null, epciSiren, null, null));

    public static bool PeutModifier(Acteur? acteur, string epciSiren) =>
        acteur is not null && Habilitations.Autorise(acteur, Ressource.Cotation, Acte.Modifier, Cible(epciSiren));

    /// <summary>L'EPCI dont l'acteur gère la cotation (son périmètre), s'il en gère une.</summary>
    public static string? EpciGere(Acteur? acteur) =>
        acteur is { Perimetre.Niveau: NiveauPerimetre.Epci } && PeutModifier(acteur, acteur.Perimetre.Code)
            ? acteur.Perimetre.Code
            : null;
}
