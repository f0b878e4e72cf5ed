namespace Pilotis.Domain.Foncier;

/// <summary>Les règles d'un outil foncier saisi, par champ et selon son type.</summary>
public static class ValidationOutilFoncier
{
    /// <summary>1 milliard d'euros : au-delà, c'est une erreur de saisie.</summary>
    public const decimal MontantMaximum = 1_000_000_000m;

    public static List<ErreurChamp> Valider(OutilFoncier o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var e = new List<ErreurChamp>();
        if (string.IsNullOrWhiteSpace(o.Nom))
            e.Add(new(nameof(o.Nom), "Le nom est obligatoire."));
        else if (o.Nom.Length > OutilFoncier.LongueurNomMaximum)
            e.Add(new(nameof(o.Nom), MessagesSaisie.TropLong("Le nom", OutilFoncier.LongueurNomMaximum)));
        if (o.Perimetre?.Length > OutilFoncier.LongueurPerimetreMaximum)
            e.Add(
                new(nameof(o.Perimetre), MessagesSaisie.TropLong("Le périmètre", OutilFoncier.LongueurPerimetreMaximum))
            );
        if (o.Zone?.Length > OutilFoncier.LongueurZoneMaximum)
            e.Add(new(nameof(o.Zone), MessagesSaisie.TropLong("La zone", OutilFoncier.LongueurZoneMaximum)));
        if (o.DateDebut is DateOnly d && o.DateFin is DateOnly f && f < d)
            e.Add(new(nameof(o.DateFin), "La date de fin précède la date de début."));
        if (o.PartLls is < 0 or > 1)
            e.Add(new(nameof(o.PartLls), "La part de logements sociaux doit être comprise entre 0 et 100 %."));
        switch (o.Type)
        {
            case TypeOutilFoncier.Zad:
                // C. urb. L212-1 : la ZAD est créée par un acte qui en délimite le périmètre.
                Exiger(
                    e,
                    o.DateDebut is null,
                    nameof(o.DateDebut),
                    "Indiquez la date de l'acte de création de la ZAD."
                );
                Exiger(
                    e,
                    string.IsNullOrWhiteSpace(o.Perimetre),
                    nameof(o.Perimetre),
                    "Décrivez le périmètre de la ZAD."
                );
                break;
            case TypeOutilFoncier.Dpu:
                Exiger(
                    e,
                    o.DateDebut is null,
                    nameof(o.DateDebut),
                    "Indiquez la date de la délibération instituant le DPU."
                );
                break;
            case TypeOutilFoncier.Sms:
                // C. urb. L151-15 : le règlement fixe, dans les secteurs qu'il délimite, un pourcentage de logements.
                Exiger(
                    e,
                    string.IsNullOrWhiteSpace(o.Zone),
                    nameof(o.Zone),
                    "Indiquez la zone ou le secteur de la servitude."
                );
                Exiger(e, o.PartLls is null, nameof(o.PartLls), "Indiquez le pourcentage de logements sociaux imposé.");
                break;
            case TypeOutilFoncier.Oap:
                Exiger(e, o.PartLls is null, nameof(o.PartLls), "Indiquez la part de logements sociaux de l'OAP.");
                break;
            case TypeOutilFoncier.ConventionPortage:
                ValiderPortage(o, e);
                break;
        }
        return e;
    }

    private static void ValiderPortage(OutilFoncier o, List<ErreurChamp> e)
    {
        Exiger(e, o.SiteId is null, nameof(o.SiteId), "Choisissez le site porté.");
        Exiger(e, o.PorteurId is null, nameof(o.PorteurId), "Choisissez l'établissement public foncier porteur.");
        Exiger(e, o.DateDebut is null, nameof(o.DateDebut), "Indiquez la date de début du portage.");
        Exiger(e, o.DateFin is null, nameof(o.DateFin), "Indiquez la date de fin du portage.");
        if (o.Montant is null or <= 0 or > MontantMaximum)
            e.Add(new(nameof(o.Montant), "Le montant du portage doit être un montant positif en euros."));
        if (
            o.DecoteFonciere is < 0
            || (o.DecoteFonciere is decimal decote && o.Montant is decimal m and > 0 && decote > m)
        )
            e.Add(
                new(nameof(o.DecoteFonciere), "La décote doit être positive et ne pas dépasser le montant du portage.")
            );
        if (o.DateCessionPrevue is DateOnly c && o.DateDebut is DateOnly d && c < d)
            e.Add(new(nameof(o.DateCessionPrevue), "La cession prévue précède le début du portage."));
    }

    private static void Exiger(List<ErreurChamp> e, bool manque, string champ, string message)
    {
        if (manque)
            e.Add(new(champ, message));
    }
}
