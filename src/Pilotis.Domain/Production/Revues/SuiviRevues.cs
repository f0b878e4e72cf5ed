namespace Pilotis.Domain.Production.Revues;

/// <summary>
/// Règles du suivi des difficultés entre et pendant les revues de projets (seed 001, solution 1) : ce que l'on peut
/// signaler, décider, remonter au préfet et clore, et l'événement que chaque étape inscrit sur la frise de l'opération.
/// Chaque méthode rend un message d'erreur en français, ou null quand l'étape est possible.
/// </summary>
public static class SuiviRevues
{
    public const int DescriptionMaximale = 2000;
    public const int DecisionMaximale = 2000;
    public const int ActionMaximale = 500;
    public const int ResponsableMaximal = 200;
    public const int CompteRenduMaximal = 8000;

    /// <summary>On ne signale une difficulté que sur une opération encore vivante (ni annulée, ni supprimée).</summary>
    public static string? ValiderSignalement(StatutOperation statut, string? description)
    {
        if (statut.EstSortie())
            return "Cette opération est annulée ou supprimée : on n'y signale plus de difficulté.";
        if (string.IsNullOrWhiteSpace(description))
            return "Décrivez la difficulté : ce qui bloque, depuis quand, qui peut agir.";
        return description.Trim().Length > DescriptionMaximale
            ? $"La description ne peut pas dépasser {DescriptionMaximale} caractères."
            : null;
    }

    public static string? ValiderSuivi(
        Difficulte d,
        string? decision,
        string? action,
        string? responsable,
        DateOnly? echeance,
        DateOnly aujourdhui
    )
    {
        ArgumentNullException.ThrowIfNull(d);
        if (!d.Ouverte)
            return "Cette difficulté est résolue : elle ne reçoit plus de décision.";
        if (string.IsNullOrWhiteSpace(decision))
            return "La décision est obligatoire.";
        if (decision.Trim().Length > DecisionMaximale)
            return $"La décision ne peut pas dépasser {DecisionMaximale} caractères.";
        if (action?.Trim().Length > ActionMaximale)
            return $"L'action ne peut pas dépasser {ActionMaximale} caractères.";
        if (responsable?.Trim().Length > ResponsableMaximal)
            return $"Le responsable ne peut pas dépasser {ResponsableMaximal} caractères.";
        if (!string.IsNullOrWhiteSpace(action) && string.IsNullOrWhiteSpace(responsable))
            return "Une action a un responsable : indiquez qui la porte.";
        return echeance is DateOnly e && e < aujourdhui ? "L'échéance ne peut pas être dans le passé." : null;
    }

    /// <summary>Remontée au préfet : une seule fois, sur une difficulté ouverte.</summary>
    public static string? ValiderEscalade(Difficulte d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (!d.Ouverte)
            return "Cette difficulté est résolue : elle ne peut plus être remontée au préfet.";
        return d.Escaladee ? $"Cette difficulté a déjà été remontée au préfet le {d.EscaladeeLe:dd/MM/yyyy}." : null;
    }

    public static string? ValiderResolution(Difficulte d, string? resolution)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (!d.Ouverte)
            return $"Cette difficulté est déjà résolue depuis le {d.ResolueLe:dd/MM/yyyy}.";
        if (string.IsNullOrWhiteSpace(resolution))
            return "Indiquez comment la difficulté a été levée.";
        return resolution.Trim().Length > DescriptionMaximale
            ? $"La résolution ne peut pas dépasser {DescriptionMaximale} caractères."
            : null;
    }

    /// <summary>Une revue est tenue une fois, avec son compte rendu.</summary>
    public static string? ValiderTenue(RevueProjets r, string? compteRendu, DateOnly aujourdhui)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Statut == StatutRevue.Tenue)
            return "Cette revue est déjà marquée comme tenue.";
        if (r.Date > aujourdhui)
            return $"La revue est prévue le {r.Date:dd/MM/yyyy} : elle ne peut pas être marquée tenue avant.";
        if (string.IsNullOrWhiteSpace(compteRendu))
            return "Le compte rendu est obligatoire pour marquer la revue comme tenue.";
        return compteRendu.Trim().Length > CompteRenduMaximal
            ? $"Le compte rendu ne peut pas dépasser {CompteRenduMaximal} caractères."
            : null;
    }

    /// <summary>Les libellés des événements de la frise : l'opération garde la trace de chaque étape.</summary>
    public static string LibelleSignalement(CategorieBlocage c) => $"Difficulté signalée : {c.Libelle()}";

    public static string LibelleDecision(CategorieBlocage c) => $"Décision en revue de projets : {c.Libelle()}";

    public static string LibelleEscalade(CategorieBlocage c) => $"Difficulté remontée au préfet : {c.Libelle()}";

    public static string LibelleResolution(CategorieBlocage c) => $"Difficulté résolue : {c.Libelle()}";
}
