namespace Pilotis.Domain.Production;

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

    /// <summary>Le premier refus de <see cref="Controler"/>, ou null.</summary>
    public static string? Valider(int moisDebut, int moisFin, DateOnly dateLimite, int annee) =>
        Controler(moisDebut, moisFin, dateLimite, annee) is [var premiere, ..] ? premiere.Message : null;

    /// <summary>
    /// Tous les refus d'une échéance saisie, champ par champ (<c>MoisDebut</c>, <c>MoisFin</c>, <c>DateLimite</c>) :
    /// chaque valeur lue est contrôlée même si une autre est illisible (null), pour que le formulaire dise tout au
    /// premier envoi ; les contrôles croisés attendent les deux valeurs.
    /// </summary>
    public static IReadOnlyList<ErreurChamp> Controler(int? moisDebut, int? moisFin, DateOnly? dateLimite, int annee)
    {
        var erreurs = new List<ErreurChamp>();
        var debutValide = moisDebut is >= 1 and <= 12;
        var finValide = moisFin is >= 1 and <= 12;
        if (moisDebut is not null && !debutValide)
            erreurs.Add(new(nameof(MoisDebut), "Les mois vont de 1 à 12."));
        if (moisFin is not null && !finValide)
            erreurs.Add(new(nameof(MoisFin), "Les mois vont de 1 à 12."));
        if (debutValide && finValide && moisFin < moisDebut)
            erreurs.Add(new(nameof(MoisFin), "Le mois de fin précède le mois de début."));
        if (
            debutValide
            && dateLimite is { } date
            && date > new DateOnly(annee, moisDebut!.Value, 1).AddMonths(1).AddDays(-1)
        )
            erreurs.Add(
                new(
                    nameof(DateLimite),
                    "La date limite de dépôt doit précéder la fin du premier mois de la période d'agrément."
                )
            );
        return erreurs;
    }

    /// <summary>
    /// Calendrier par défaut : un agrément par trimestre, dossier complet deux mois avant (aucun dépôt après le 30
    /// septembre pour le dernier trimestre).
    /// </summary>
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
