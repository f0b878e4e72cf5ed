namespace Pilotis.Domain.Production;

public static class StatutsOperation
{
    public static IReadOnlyList<(StatutOperation Statut, string Code, string Libelle)> Tous { get; } =
    [
        (StatutOperation.BrouillonCree, "BROUILLON_CREE", "Brouillon créé"),
        (StatutOperation.BrouillonATransmettre, "BROUILLON_A_TRANSMETTRE", "Brouillon à transmettre"),
        (StatutOperation.Transmise, "TRANSMISE", "Transmise à l'instructeur"),
        (
            StatutOperation.ProgrammeeCompletudeInstructeur,
            "PROGRAMMEE_COMPLETUDE_INSTRUCTEUR",
            "Complétude : instructeur"
        ),
        (StatutOperation.ProgrammeeCompletudeValideur, "PROGRAMMEE_COMPLETUDE_VALIDEUR", "Complétude : valideur"),
        (StatutOperation.ProgrammeeComplet, "PROGRAMMEE_COMPLET", "Dossier complet"),
        (StatutOperation.AApprouver, "A_APPROUVER", "À approuver"),
        (StatutOperation.AAgreer, "A_AGREER", "À agréer"),
        (StatutOperation.AValiderChorus, "A_VALIDER_CHORUS", "Agréée, engagement Chorus à valider"),
        (StatutOperation.Engagee, "ENGAGEE", "Engagée"),
        (StatutOperation.Acompte, "ACOMPTE", "Acompte versé"),
        (StatutOperation.ClotureEnCours, "CLOTURE_EN_COURS", "Clôture en cours"),
        (StatutOperation.Cloturee, "CLOTUREE", "Clôturée"),
        (StatutOperation.Soldee, "SOLDEE", "Soldée"),
        (StatutOperation.Supprimee, "SUPPRIMEE", "Supprimée"),
        (StatutOperation.Annulee, "ANNULEE", "Annulée"),
    ];

    public static string Code(this StatutOperation statut) => Tous.First(s => s.Statut == statut).Code;

    public static string Libelle(this StatutOperation statut) => Tous.First(s => s.Statut == statut).Libelle;

    /// <summary>
    /// Lit un code SIAP ; les étapes de clôture détaillées (CLOTURE_*) sont rangées dans « clôture en cours ».
    /// </summary>
    public static bool TryLire(string? code, out StatutOperation statut)
    {
        var c = code?.Trim().ToUpperInvariant();
        foreach (var s in Tous)
        {
            if (s.Code == c)
            {
                statut = s.Statut;
                return true;
            }
        }
        if (c is not null && c.StartsWith("CLOTURE_", StringComparison.Ordinal))
        {
            statut = StatutOperation.ClotureEnCours;
            return true;
        }
        statut = default;
        return false;
    }

    public static PhaseOperation Phase(this StatutOperation statut) =>
        statut switch
        {
            <= StatutOperation.AAgreer => PhaseOperation.Programmation,
            <= StatutOperation.Acompte => PhaseOperation.Agrement,
            <= StatutOperation.Soldee => PhaseOperation.Cloture,
            _ => PhaseOperation.Programmation,
        };

    public static string Libelle(this PhaseOperation phase) =>
        phase switch
        {
            PhaseOperation.Programmation => "Programmation",
            PhaseOperation.Agrement => "Agrément",
            _ => "Clôture",
        };
}
