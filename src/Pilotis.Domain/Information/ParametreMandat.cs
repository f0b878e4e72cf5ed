namespace Pilotis.Domain.Information;

/// <summary>
/// Début d'un mandat municipal, paramètre daté et sourcé : les élus « formés depuis le début du mandat » le sont à
/// une session tenue à partir de cette date.
/// </summary>
public sealed record ParametreMandat(DateOnly Debut, string Source, bool AConfirmer)
{
    /// <summary>
    /// Élections municipales de mars 2026 : second tour le 22 mars 2026 (premier tour le 15 mars). Le mandat court
    /// à partir de l'installation des conseils ; on retient la date du second tour. Date à confirmer par l'arrêté de
    /// convocation des électeurs (C. élect. L227 : renouvellement général en mars).
    /// </summary>
    public static ParametreMandat Municipales2026 { get; } =
        new(
            new DateOnly(2026, 3, 22),
            "Élections municipales de mars 2026, second tour (C. élect. L227) — à confirmer",
            AConfirmer: true
        );

    /// <summary>Les mandats connus, du plus ancien au plus récent.</summary>
    public static IReadOnlyList<ParametreMandat> Tous { get; } =
    [
        new(new DateOnly(2020, 6, 28), "Élections municipales de 2020, second tour (loi 2020-290)", false),
        Municipales2026,
    ];

    /// <summary>Le mandat en cours à une date : le dernier commencé au plus tard ce jour-là, sinon aucun.</summary>
    public static ParametreMandat? EnCours(DateOnly date) => Tous.LastOrDefault(m => m.Debut <= date);
}
