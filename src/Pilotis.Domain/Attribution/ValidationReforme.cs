using Pilotis.Domain.Commun;

namespace Pilotis.Domain.Attribution;

/// <summary>
/// Contrôles des saisies de la réforme des attributions : étapes, points d'accueil, réunions et besoins pour la CIL.
/// Une date ne peut être ni dans l'avenir (on enregistre un acte pris) ni avant la loi ALUR du 24 mars 2014, qui a
/// créé la CIL et le plan partenarial.
/// </summary>
public static class ValidationReforme
{
    public static readonly DateOnly DateMinimum = new(2014, 3, 24);

    public static IReadOnlyList<ErreurChamp> Valider(EtapeReformeEpci e, DateOnly aujourdhui)
    {
        ArgumentNullException.ThrowIfNull(e);
        var erreurs = new List<ErreurChamp>();
        if (!Enum.IsDefined(e.Etape))
            erreurs.Add(new(nameof(e.Etape), MessagesSaisie.PasUnChoix(e.Etape.ToString())));
        erreurs.AddRange(Date(nameof(e.Date), e.Date, aujourdhui));
        if (string.IsNullOrWhiteSpace(e.ReferenceActe))
            erreurs.Add(new(nameof(e.ReferenceActe), "Indiquez la référence de l'acte (arrêté, délibération)."));
        else if (e.ReferenceActe.Length > EtapeReformeEpci.LongueurReferenceMaximum)
            erreurs.Add(Long(nameof(e.ReferenceActe), "La référence", EtapeReformeEpci.LongueurReferenceMaximum));
        if (e.Commentaire?.Length > EtapeReformeEpci.LongueurCommentaireMaximum)
            erreurs.Add(Long(nameof(e.Commentaire), "Le commentaire", EtapeReformeEpci.LongueurCommentaireMaximum));
        return erreurs;
    }

    public static IReadOnlyList<ErreurChamp> Valider(PointAccueil p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var erreurs = new List<ErreurChamp>();
        if (string.IsNullOrWhiteSpace(p.Nom))
            erreurs.Add(new(nameof(p.Nom), "Indiquez le nom du point d'accueil."));
        else if (p.Nom.Length > PointAccueil.LongueurTexteMaximum)
            erreurs.Add(Long(nameof(p.Nom), "Le nom", PointAccueil.LongueurTexteMaximum));
        if (string.IsNullOrWhiteSpace(p.Adresse))
            erreurs.Add(new(nameof(p.Adresse), "Indiquez l'adresse du point d'accueil."));
        else if (p.Adresse.Length > PointAccueil.LongueurTexteMaximum)
            erreurs.Add(Long(nameof(p.Adresse), "L'adresse", PointAccueil.LongueurTexteMaximum));
        return erreurs;
    }

    public static IReadOnlyList<ErreurChamp> Valider(ReunionCil r, DateOnly aujourdhui)
    {
        ArgumentNullException.ThrowIfNull(r);
        var erreurs = new List<ErreurChamp>(Date(nameof(r.Date), r.Date, aujourdhui));
        if (r.CommunesRepresentees.Count == 0)
            erreurs.Add(new(nameof(r.CommunesRepresentees), "Cochez au moins une commune représentée."));
        return erreurs;
    }

    public static IReadOnlyList<ErreurChamp> Valider(BesoinCil b, DateOnly aujourdhui)
    {
        ArgumentNullException.ThrowIfNull(b);
        var erreurs = new List<ErreurChamp>(Date(nameof(b.Date), b.Date, aujourdhui));
        if (string.IsNullOrWhiteSpace(b.Typologie))
            erreurs.Add(new(nameof(b.Typologie), "Indiquez la typologie (T1, T2…)."));
        else if (b.Typologie.Length > BesoinCil.LongueurCourteMaximum)
            erreurs.Add(Long(nameof(b.Typologie), "La typologie", BesoinCil.LongueurCourteMaximum));
        if (string.IsNullOrWhiteSpace(b.Public))
            erreurs.Add(new(nameof(b.Public), "Indiquez le public visé (jeunes, personnes âgées…)."));
        else if (b.Public.Length > BesoinCil.LongueurCourteMaximum)
            erreurs.Add(Long(nameof(b.Public), "Le public", BesoinCil.LongueurCourteMaximum));
        if (b.NombreLogements is < 1 or > BesoinCil.NombreLogementsMaximum)
            erreurs.Add(
                new(
                    nameof(b.NombreLogements),
                    $"Le nombre de logements souhaités doit être compris entre 1 et {BesoinCil.NombreLogementsMaximum}."
                )
            );
        if (b.Commentaire?.Length > BesoinCil.LongueurCommentaireMaximum)
            erreurs.Add(Long(nameof(b.Commentaire), "Le commentaire", BesoinCil.LongueurCommentaireMaximum));
        return erreurs;
    }

    private static IEnumerable<ErreurChamp> Date(string champ, DateOnly date, DateOnly aujourdhui)
    {
        if (date > aujourdhui)
            yield return new(champ, $"La date ne peut pas être dans l'avenir (après le {Francais.Date(aujourdhui)}).");
        else if (date < DateMinimum)
            yield return new(champ, $"La date ne peut pas précéder la loi ALUR ({Francais.Date(DateMinimum)}).");
    }

    private static ErreurChamp Long(string champ, string libelle, int maximum) =>
        new(champ, MessagesSaisie.TropLong(libelle, maximum));
}
