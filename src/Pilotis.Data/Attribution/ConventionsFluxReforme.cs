namespace Pilotis.Data.Attribution;

/// <summary>
/// Point d'extension du suivi de la réforme : les conventions de réservation en flux signées (loi ELAN, décret du
/// 20 février 2020 ; une par bailleur, réservataire et département). Cette branche n'a pas de table des conventions :
/// chaque EPCI reçoit « non renseigné ». L'intégrateur remplace le corps de <see cref="ParEpciAsync"/> par la lecture
/// de la table des conventions (bailleurs ayant signé, avec leur date), sans toucher aux pages.
/// </summary>
public static class ConventionsFluxReforme
{
    public const string NonRenseigne = "non renseigné";

    /// <summary>Par SIREN d'EPCI, le texte à afficher (« 3 bailleurs sur 4, dernière le 12/03/2024 ») ; un EPCI
    /// absent du dictionnaire affiche <see cref="NonRenseigne"/>.</summary>
    public static Task<Dictionary<string, string>> ParEpciAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string> epcis,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(epcis);
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(new Dictionary<string, string>());
    }

    public static string Texte(IReadOnlyDictionary<string, string> conventions, string siren) =>
        conventions.TryGetValue(siren, out var texte) ? texte : NonRenseigne;
}
