namespace Pilotis.Domain.Attribution;

/// <summary>
/// Règles d'une ligne du répertoire du parc (RPLS, CCH L411-10) : bornes de la surface, de l'année de construction et
/// du loyer, forme de l'identifiant et de l'étiquette. Fonctions pures, un message français par colonne fautive.
/// </summary>
public static class ValidationLogement
{
    /// <summary>Surface habitable au plus : au-delà, c'est une erreur de saisie (m² au lieu de dm², etc.).</summary>
    public const decimal SurfaceMaximum = 500m;

    /// <summary>Les plus anciens immeubles du parc social conventionné datent du XIXe siècle.</summary>
    public const int AnneeConstructionMinimum = 1850;

    public static string? RefusIdentifiant(string? identifiant)
    {
        if (string.IsNullOrWhiteSpace(identifiant))
            return "identifiant_rpls : valeur obligatoire.";
        if (identifiant.Length > Logement.LongueurIdentifiantMaximum)
            return $"identifiant_rpls : {Logement.LongueurIdentifiantMaximum} caractères au plus.";
        return null;
    }

    public static string? RefusAdresse(string? adresse)
    {
        if (string.IsNullOrWhiteSpace(adresse))
            return "adresse : valeur obligatoire.";
        if (adresse.Length > Logement.LongueurAdresseMaximum)
            return $"adresse : {Logement.LongueurAdresseMaximum} caractères au plus.";
        return null;
    }

    /// <summary>Surface strictement positive et d'au plus <see cref="SurfaceMaximum"/> m².</summary>
    public static string? RefusSurface(decimal surface) =>
        surface <= 0 || surface > SurfaceMaximum
            ? $"surface : {Francais.Valeur(surface)} m² hors des bornes (plus de 0 et au plus "
                + $"{Francais.Valeur(SurfaceMaximum)} m²)."
            : null;

    /// <summary>Année de construction entre <see cref="AnneeConstructionMinimum"/> et l'année en cours.</summary>
    public static string? RefusAnnee(int annee, int anneeCourante) =>
        annee < AnneeConstructionMinimum || annee > anneeCourante
            ? $"annee_construction : {annee} hors des bornes ({AnneeConstructionMinimum} à {anneeCourante})."
            : null;

    public static string? RefusLoyer(decimal loyer) =>
        loyer < 0 ? $"loyer : {Francais.Valeur(loyer)} € est négatif." : null;

    /// <summary>L'étiquette énergie : vide (non diagnostiqué) ou une lettre de A à G.</summary>
    public static bool LireEtiquette(string? texte, out char? etiquette)
    {
        etiquette = null;
        if (string.IsNullOrWhiteSpace(texte))
            return true;
        var t = texte.Trim().ToUpperInvariant();
        if (t.Length != 1 || !CodesParc.Etiquettes.Contains(t[0], StringComparison.Ordinal))
            return false;
        etiquette = t[0];
        return true;
    }

    /// <summary>
    /// Une réservation restée en stock (défense, sécurité intérieure, santé : CCH L441-1, décret n° 2020-145) nomme son
    /// réservataire ; sans réservation, pas de réservataire.
    /// </summary>
    public static string? RefusReservation(ReservationNonConvertie reservation, int? reservataireId) =>
        (reservation, reservataireId) switch
        {
            (ReservationNonConvertie.Aucune, not null) => "Sans réservation en stock, aucun réservataire n'est nommé.",
            (not ReservationNonConvertie.Aucune, null) => "Choisissez le réservataire titulaire de la réservation.",
            _ => null,
        };

    /// <summary>Loyer au m² d'un ensemble de logements (totaux d'une liste) ; null sans surface.</summary>
    public static decimal? LoyerAuMetreCarre(decimal loyers, decimal surfaces) =>
        surfaces > 0 ? Math.Round(loyers / surfaces, 2, MidpointRounding.AwayFromZero) : null;
}
