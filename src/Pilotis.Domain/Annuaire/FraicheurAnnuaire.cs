namespace Pilotis.Domain.Annuaire;

/// <summary>
/// L'annuaire se confirme chaque année : une fiche non confirmée depuis douze mois est « à confirmer » et la DDTM
/// relance l'organisation (seed 001, solution 9).
/// </summary>
public static class FraicheurAnnuaire
{
    public const int MoisDeValidite = 12;

    /// <summary>
    /// Vrai quand la fiche confirmée le <paramref name="confirmeLe"/> est encore à jour au jour donné.
    /// </summary>
    public static bool AJour(DateOnly confirmeLe, DateOnly aujourdhui) =>
        confirmeLe.AddMonths(MoisDeValidite) >= aujourdhui;

    /// <summary>Mention affichée : « à jour au 07/12/2026 » ou « à confirmer (dernière confirmation …) ».</summary>
    public static string Mention(DateOnly confirmeLe, DateOnly aujourdhui) =>
        AJour(confirmeLe, aujourdhui)
            ? $"à jour au {Commun.Francais.Date(confirmeLe)}"
            : $"à confirmer (dernière confirmation le {Commun.Francais.Date(confirmeLe)})";
}
