using Pilotis.Domain.Attribution;
using Pilotis.Domain.Commun;

namespace Pilotis.Web.Features.Attribution;

/// <summary>Les champs du formulaire d'une convention de flux, tels que saisis (texte), et leur lecture.</summary>
public sealed class SaisieConvention
{
    public int? ReservataireId { get; set; }
    public Contingent? Contingent { get; set; }
    public string? Departement { get; set; }
    public string? PartFlux { get; set; }
    public string? PartAgentsEtat { get; set; }
    public string? PartT1T2 { get; set; }
    public string? PartT3 { get; set; }
    public string? PartT4Plus { get; set; }
    public string? Territoires { get; set; }
    public string? DateDebut { get; set; }
    public string? DateFin { get; set; }
    public string? Contrepartie { get; set; }
    public string? ModalitesDesignation { get; set; }
    public string? ReservationsConverties { get; set; }
    public string? TauxRotationReserves { get; set; }
    public string? FluxAnnuelPrevisionnel { get; set; }

    /// <summary>Date de modification lue avec le formulaire (ticks UTC), pour la concurrence optimiste.</summary>
    public long Version { get; set; }

    public static SaisieConvention De(ConventionFlux c) =>
        new()
        {
            ReservataireId = c.ReservataireId,
            Contingent = c.Contingent,
            Departement = c.DepartementCode,
            PartFlux = Texte(c.PartFlux),
            PartAgentsEtat = Texte(c.PartAgentsEtat),
            PartT1T2 = Texte(c.PartT1T2),
            PartT3 = Texte(c.PartT3),
            PartT4Plus = Texte(c.PartT4Plus),
            Territoires = c.Territoires,
            DateDebut = c.DateDebut.ToString("yyyy-MM-dd", Francais.Culture),
            DateFin = c.DateFin.ToString("yyyy-MM-dd", Francais.Culture),
            Contrepartie = c.Contrepartie,
            ModalitesDesignation = c.ModalitesDesignation,
            ReservationsConverties = c.ReservationsConverties.ToString(Francais.Culture),
            TauxRotationReserves = Texte(c.TauxRotationReserves),
            FluxAnnuelPrevisionnel = c.FluxAnnuelPrevisionnel?.ToString(Francais.Culture),
            Version = c.ModifieLe.UtcTicks,
        };

    private static string? Texte(decimal? valeur) => valeur is null ? null : Francais.Valeur(valeur.Value);

    /// <summary>Reporte la saisie dans la convention ; rend les erreurs de forme, champ par champ.</summary>
    public List<ErreurChamp> Lire(ConventionFlux c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var erreurs = new List<ErreurChamp>();
        if (ReservataireId is int r)
            c.ReservataireId = r;
        else
            erreurs.Add(new(nameof(ReservataireId), "Choisissez le réservataire."));
        if (Contingent is Domain.Attribution.Contingent k && k != Domain.Attribution.Contingent.Bailleur)
            c.Contingent = k;
        else
            erreurs.Add(new(nameof(Contingent), "Choisissez le contingent : préfet, Action Logement ou collectivité."));
        var departement = Departement?.Trim() ?? "";
        if (departement.Length is < 2 or > 3)
            erreurs.Add(new(nameof(Departement), "Saisissez le code du département (2 ou 3 caractères)."));
        else
            c.DepartementCode = departement.ToUpperInvariant();
        c.PartFlux = Pourcentage(PartFlux, nameof(PartFlux), "la part du flux", obligatoire: true, erreurs) ?? 0m;
        c.PartAgentsEtat = Pourcentage(PartAgentsEtat, nameof(PartAgentsEtat), "la part des agents", false, erreurs)
            ?? 0m;
        c.PartT1T2 = Pourcentage(PartT1T2, nameof(PartT1T2), "la part des T1-T2", false, erreurs);
        c.PartT3 = Pourcentage(PartT3, nameof(PartT3), "la part des T3", false, erreurs);
        c.PartT4Plus = Pourcentage(PartT4Plus, nameof(PartT4Plus), "la part des T4 et plus", false, erreurs);
        c.Territoires = Texte(Territoires, nameof(Territoires), erreurs);
        LireDates(c, erreurs);
        c.Contrepartie = Texte(Contrepartie, nameof(Contrepartie), erreurs);
        c.ModalitesDesignation = Texte(ModalitesDesignation, nameof(ModalitesDesignation), erreurs);
        LireConversion(c, erreurs);
        return erreurs;
    }

    private void LireDates(ConventionFlux c, List<ErreurChamp> erreurs)
    {
        if (LectureValeurs.Date(DateDebut, out var debut))
            c.DateDebut = debut;
        else
            erreurs.Add(new(nameof(DateDebut), "Saisissez la date de début (JJ/MM/AAAA)."));
        if (LectureValeurs.Date(DateFin, out var fin))
            c.DateFin = fin;
        else
            erreurs.Add(new(nameof(DateFin), "Saisissez la date de fin (JJ/MM/AAAA)."));
    }

    private void LireConversion(ConventionFlux c, List<ErreurChamp> erreurs)
    {
        if (string.IsNullOrWhiteSpace(ReservationsConverties))
            c.ReservationsConverties = 0;
        else if (LectureValeurs.Entier(ReservationsConverties, out var n) && n >= 0)
            c.ReservationsConverties = n;
        else
            erreurs.Add(
                new(nameof(ReservationsConverties), "Le nombre de réservations converties est un entier positif.")
            );
        c.TauxRotationReserves = Pourcentage(
            TauxRotationReserves,
            nameof(TauxRotationReserves),
            "le taux de rotation",
            false,
            erreurs
        );
        if (string.IsNullOrWhiteSpace(FluxAnnuelPrevisionnel))
            c.FluxAnnuelPrevisionnel = null;
        else if (LectureValeurs.Entier(FluxAnnuelPrevisionnel, out var f) && f > 0)
            c.FluxAnnuelPrevisionnel = f;
        else
            erreurs.Add(
                new(nameof(FluxAnnuelPrevisionnel), "Le flux annuel prévisionnel est un entier supérieur à 0.")
            );
    }

    private static decimal? Pourcentage(
        string? texte,
        string champ,
        string nom,
        bool obligatoire,
        List<ErreurChamp> erreurs
    )
    {
        if (string.IsNullOrWhiteSpace(texte))
        {
            if (obligatoire)
                erreurs.Add(new(champ, $"Saisissez {nom} (en %)."));
            return null;
        }
        if (
            LectureValeurs.Nombre(texte.Replace("%", "", StringComparison.Ordinal), out var v) && v is >= 0m and <= 100m
        )
            return Math.Round(v, 2);
        erreurs.Add(new(champ, $"Saisissez {nom} en pourcentage, entre 0 et 100 (ex. 25 ou 9,5)."));
        return null;
    }

    private static string? Texte(string? texte, string champ, List<ErreurChamp> erreurs)
    {
        var t = string.IsNullOrWhiteSpace(texte) ? null : texte.Trim();
        if (t is not null && t.Length > ConventionFlux.LongueurTexteMaximum)
            erreurs.Add(new(champ, $"{ConventionFlux.LongueurTexteMaximum} caractères au plus."));
        return t;
    }
}
