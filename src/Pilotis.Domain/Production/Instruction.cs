namespace Pilotis.Domain.Production;

/// <summary>Limites des pièces déposées : taille et types acceptés (contrôlés sur le contenu, pas sur l'extension seule).</summary>
public static class LimitesDocuments
{
    public const long TailleMaximale = 10 * 1024 * 1024;
    public static IReadOnlyList<string> Extensions { get; } =
    [".pdf", ".jpg", ".jpeg", ".png", ".xlsx", ".docx", ".odt", ".ods"];
}

/// <summary>Une version d'une pièce du dossier : chaque nouveau dépôt d'une même pièce en crée une nouvelle version.</summary>
public sealed class DocumentOperation
{
    public int Id { get; set; }
    public int OperationId { get; set; }

    /// <summary>Code de la pièce dans la liste de dépôt (« permis_construire »…).</summary>
    public required string Piece { get; set; }
    public int Version { get; set; }
    public required string NomFichier { get; set; }

    /// <summary>Nom du fichier dans le stockage (jamais le nom fourni par l'utilisateur).</summary>
    public required string Stockage { get; set; }
    public long Taille { get; set; }
    public required string TypeContenu { get; set; }
    public DateTimeOffset DeposeLe { get; set; }
    public required string DeposePar { get; set; }
}

/// <summary>Une demande de pièces ou d'informations de l'instructeur, et la réponse du bailleur dans l'application.</summary>
public sealed class DemandeComplement
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public required string Message { get; set; }

    /// <summary>Codes des pièces demandées, séparés par des virgules (facultatif).</summary>
    public string Pieces { get; set; } = "";
    public DateTimeOffset DemandeeLe { get; set; }
    public required string DemandeePar { get; set; }
    public string? Reponse { get; set; }
    public DateTimeOffset? RepondueLe { get; set; }
    public string? ReponduePar { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public bool Ouverte => Reponse is null;
}

/// <summary>
/// Calendrier de dépôt publié (seed 000, question 3) : pour les agréments attendus entre deux mois d'une année,
/// la date limite de dépôt d'un dossier complet.
/// </summary>
public sealed class EcheanceDepot
{
    public int Id { get; set; }
    public required string DepartementCode { get; set; }
    public required int Annee { get; set; }
    public required string Libelle { get; set; }
    public required int MoisDebut { get; set; }
    public required int MoisFin { get; set; }
    public required DateOnly DateLimite { get; set; }
    public string? Commentaire { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public bool Couvre(int annee, int mois) => annee == Annee && mois >= MoisDebut && mois <= MoisFin;

    public static string? Valider(int moisDebut, int moisFin, DateOnly dateLimite, int annee)
    {
        if (moisDebut is < 1 or > 12 || moisFin is < 1 or > 12)
            return "Les mois vont de 1 à 12.";
        if (moisFin < moisDebut)
            return "Le mois de fin précède le mois de début.";
        if (dateLimite > new DateOnly(annee, moisDebut, 1).AddMonths(1).AddDays(-1))
        {
            return "La date limite de dépôt doit précéder la fin du premier mois de la période d'agrément.";
        }
        return null;
    }

    /// <summary>Calendrier par défaut : un agrément par trimestre, dossier complet deux mois avant (aucun dépôt après le 30 septembre pour le dernier trimestre).</summary>
    public static IReadOnlyList<EcheanceDepot> ParDefaut(string departementCode, int annee) =>
        [
            new()
            {
                DepartementCode = departementCode,
                Annee = annee,
                Libelle = "1er trimestre",
                MoisDebut = 1,
                MoisFin = 3,
                DateLimite = new DateOnly(annee - 1, 11, 30),
            },
            new()
            {
                DepartementCode = departementCode,
                Annee = annee,
                Libelle = "2e trimestre",
                MoisDebut = 4,
                MoisFin = 6,
                DateLimite = new DateOnly(annee, 2, 28),
            },
            new()
            {
                DepartementCode = departementCode,
                Annee = annee,
                Libelle = "3e trimestre",
                MoisDebut = 7,
                MoisFin = 9,
                DateLimite = new DateOnly(annee, 5, 31),
            },
            new()
            {
                DepartementCode = departementCode,
                Annee = annee,
                Libelle = "4e trimestre",
                MoisDebut = 10,
                MoisFin = 12,
                DateLimite = new DateOnly(annee, 9, 30),
            },
        ];
}

public sealed record DatesInstruction(string Groupe, DateOnly? Depot, DateOnly? Complet, DateOnly? Agrement);

public sealed record DelaisGroupe(
    string Groupe,
    int Dossiers,
    double? MedianeDepotComplet,
    double? MedianeCompletAgrement,
    double? MedianeDepotAgrement
);

/// <summary>Délais d'instruction en jours (médianes), par territoire d'instruction ou par bailleur (seed 000 : « délais médians dépôt → complet → agréé »).</summary>
public static class DelaisInstruction
{
    public static IReadOnlyList<DelaisGroupe> Calculer(IEnumerable<DatesInstruction> dossiers) =>
        dossiers
            .GroupBy(d => d.Groupe)
            .Select(g => new DelaisGroupe(
                g.Key,
                g.Count(),
                Mediane(g.Select(d => Jours(d.Depot, d.Complet))),
                Mediane(g.Select(d => Jours(d.Complet, d.Agrement))),
                Mediane(g.Select(d => Jours(d.Depot, d.Agrement)))
            ))
            .OrderBy(d => d.Groupe, StringComparer.CurrentCulture)
            .ToList();

    private static int? Jours(DateOnly? debut, DateOnly? fin) =>
        debut is DateOnly d && fin is DateOnly f && f >= d ? f.DayNumber - d.DayNumber : null;

    /// <summary>Médiane des valeurs présentes ; null quand il n'y en a aucune.</summary>
    public static double? Mediane(IEnumerable<int?> valeurs)
    {
        var triees = valeurs.Where(v => v is not null).Select(v => v!.Value).Order().ToArray();
        if (triees.Length == 0)
            return null;
        var milieu = triees.Length / 2;
        return triees.Length % 2 == 1 ? triees[milieu] : (triees[milieu - 1] + triees[milieu]) / 2.0;
    }
}
