namespace Pilotis.Domain.Production;

/// <summary>Catégories de blocage relevées en revue de projets (seed 001, solution 1 ; DOMAIN §2.2).</summary>
public enum CategorieBlocage
{
    Foncier = 0,
    PermisOuRecours = 1,
    FinancementManquant = 2,
    TechniqueInondation = 3,
    OppositionLocale = 4,
    PromoteurVefa = 5,
    Autre = 6,
}

public enum StatutRevue
{
    Preparation = 0,
    Tenue = 1,
}

/// <summary>Une revue de projets d'un EPCI (trois par an) animée par la DDTM.</summary>
public sealed class RevueProjets
{
    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public required string DepartementCode { get; set; }
    public required int Annee { get; set; }

    /// <summary>1, 2 ou 3 : rang de la revue dans l'année.</summary>
    public required int Numero { get; set; }
    public required DateOnly Date { get; set; }
    public StatutRevue Statut { get; set; }
    public string? CompteRendu { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public const int ParAn = 3;
}

/// <summary>Une difficulté signalée sur une opération, suivie de revue en revue jusqu'à sa résolution.</summary>
public sealed class Difficulte
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public required CategorieBlocage Categorie { get; set; }
    public required string Description { get; set; }
    public DateOnly SignaleeLe { get; set; }
    public required string SignaleePar { get; set; }

    /// <summary>Remontée au préfet (blocage que les services ne peuvent lever seuls).</summary>
    public DateOnly? EscaladeeLe { get; set; }
    public DateOnly? ResolueLe { get; set; }
    public string? Resolution { get; set; }
    public List<SuiviDifficulte> Suivis { get; set; } = [];
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public bool Ouverte => ResolueLe is null;
    public bool Escaladee => EscaladeeLe is not null;
}

/// <summary>Décision ou action prise sur une difficulté, en revue ou entre deux revues : qui fait quoi, pour quand.</summary>
public sealed class SuiviDifficulte
{
    public int Id { get; set; }
    public int DifficulteId { get; set; }
    public int? RevueProjetsId { get; set; }
    public required string Decision { get; set; }
    public string? Action { get; set; }
    public string? Responsable { get; set; }
    public DateOnly? Echeance { get; set; }
    public bool Faite { get; set; }
    public DateTimeOffset CreeLe { get; set; }
    public required string Auteur { get; set; }
}

public static class LibellesRevues
{
    public static string Libelle(this CategorieBlocage categorie) =>
        categorie switch
        {
            CategorieBlocage.Foncier => "Foncier",
            CategorieBlocage.PermisOuRecours => "Permis de construire ou recours",
            CategorieBlocage.FinancementManquant => "Plan de financement non bouclé",
            CategorieBlocage.TechniqueInondation => "Technique (risque inondation, PPRI…)",
            CategorieBlocage.OppositionLocale => "Opposition locale",
            CategorieBlocage.PromoteurVefa => "Promoteur (VEFA)",
            _ => "Autre",
        };

    public static string Libelle(this StatutRevue statut) =>
        statut == StatutRevue.Preparation ? "En préparation" : "Tenue";

    /// <summary>Contrôles d'une nouvelle revue : trois par an et par EPCI au plus, datée dans son année.</summary>
    public static string? ValiderRevue(int annee, int numero, DateOnly date, IEnumerable<int> numerosExistants)
    {
        if (numero is < 1 or > RevueProjets.ParAn)
            return $"Le numéro de revue va de 1 à {RevueProjets.ParAn} (trois revues par an).";
        if (date.Year != annee)
            return $"La date doit tomber en {annee}.";
        return numerosExistants.Contains(numero) ? $"La revue n° {numero} de {annee} existe déjà pour cet EPCI." : null;
    }
}

/// <summary>Une opération suivie pour le rapport au CDHH : ses étapes atteintes.</summary>
public sealed record OperationSuivie(
    int OperationId,
    string EpciSiren,
    DateOnly? Agrement,
    DateOnly? OuvertureChantier,
    DateOnly? Livraison,
    StatutOperation Statut
);

public sealed record DifficulteRapport(
    int OperationId,
    CategorieBlocage Categorie,
    DateOnly SignaleeLe,
    DateOnly? EscaladeeLe,
    DateOnly? ResolueLe
);

/// <summary>Rapport annuel au comité départemental de l'habitat et de l'hébergement (CDHH, CCH R364-1 et s.).</summary>
public sealed record RapportCdhh(
    int Annee,
    int Revues,
    int OperationsExaminees,
    IReadOnlyDictionary<CategorieBlocage, int> BlocagesParCategorie,
    int Escalades,
    int Resolues,
    int AtteignentAgrement,
    int OuvrentChantier,
    int SontLivrees
)
{
    /// <summary>
    /// « Opérations qui réussissent » (seed 001, solution 1) : parmi les opérations examinées en revue,
    /// celles qui atteignent l'agrément, l'ouverture du chantier ou la livraison pendant l'année.
    /// </summary>
    public static RapportCdhh Calculer(
        int annee,
        int revues,
        IReadOnlyList<DifficulteRapport> difficultes,
        IReadOnlyList<OperationSuivie> operations
    )
    {
        ArgumentNullException.ThrowIfNull(difficultes);
        ArgumentNullException.ThrowIfNull(operations);
        var delAnnee = difficultes
            .Where(d =>
                d.SignaleeLe.Year == annee
                || (d.SignaleeLe.Year < annee && (d.ResolueLe is null || d.ResolueLe.Value.Year >= annee))
            )
            .ToList();
        var examinees = delAnnee.Select(d => d.OperationId).ToHashSet();
        var suivies = operations.Where(o => examinees.Contains(o.OperationId) && !o.Statut.EstSortie()).ToList();
        return new RapportCdhh(
            annee,
            revues,
            examinees.Count,
            Enum.GetValues<CategorieBlocage>().ToDictionary(c => c, c => delAnnee.Count(d => d.Categorie == c)),
            delAnnee.Count(d => d.EscaladeeLe?.Year == annee),
            delAnnee.Count(d => d.ResolueLe?.Year == annee),
            suivies.Count(o => o.Agrement?.Year == annee),
            suivies.Count(o => o.OuvertureChantier?.Year == annee),
            suivies.Count(o => o.Livraison?.Year == annee)
        );
    }
}
