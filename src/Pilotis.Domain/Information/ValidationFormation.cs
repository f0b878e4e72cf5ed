namespace Pilotis.Domain.Information;

/// <summary>
/// Les règles des sessions de formation des élus (seed 001, solution 6) : une session complète ou passée n'accepte
/// plus d'inscription, la présence se note après la session, seul un élu présent répond (une fois) au questionnaire.
/// </summary>
public static class ValidationFormation
{
    public static List<ErreurChamp> ValiderSession(SessionFormation s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var e = new List<ErreurChamp>();
        if (s.Date == default)
            e.Add(new(nameof(s.Date), "Indiquez la date de la session."));
        if (string.IsNullOrWhiteSpace(s.Lieu))
            e.Add(new(nameof(s.Lieu), "Indiquez le lieu de la session."));
        else if (s.Lieu.Length > SessionFormation.LongueurLieuMaximum)
            e.Add(new(nameof(s.Lieu), MessagesSaisie.TropLong("Le lieu", SessionFormation.LongueurLieuMaximum)));
        if (string.IsNullOrWhiteSpace(s.Formateur))
            e.Add(new(nameof(s.Formateur), "Indiquez le formateur ou l'organisme qui anime la session."));
        else if (s.Formateur.Length > SessionFormation.LongueurFormateurMaximum)
            e.Add(
                new(
                    nameof(s.Formateur),
                    MessagesSaisie.TropLong("Le formateur", SessionFormation.LongueurFormateurMaximum)
                )
            );
        if (s.Capacite is < 1 or > SessionFormation.CapaciteMaximum)
            e.Add(
                new(
                    nameof(s.Capacite),
                    $"La capacité doit être comprise entre 1 et {SessionFormation.CapaciteMaximum} places."
                )
            );
        return e;
    }

    /// <summary>
    /// Une inscription à une session : <paramref name="inscrits"/> compte les inscriptions déjà enregistrées,
    /// <paramref name="dejaInscrit"/> dit si le même courriel l'est déjà.
    /// </summary>
    public static List<ErreurChamp> ValiderInscription(
        SessionFormation session,
        int inscrits,
        bool dejaInscrit,
        DateOnly aujourdhui,
        InscriptionFormation i
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(i);
        var e = new List<ErreurChamp>();
        if (session.Date < aujourdhui)
            e.Add(new("", "La session a déjà eu lieu : les inscriptions sont closes."));
        else if (inscrits >= session.Capacite)
            e.Add(new("", $"La session est complète ({session.Capacite} place{(session.Capacite > 1 ? "s" : "")})."));
        if (string.IsNullOrWhiteSpace(i.Nom))
            e.Add(new(nameof(i.Nom), "Indiquez le nom de l'élu."));
        else if (i.Nom.Length > InscriptionFormation.LongueurNomMaximum)
            e.Add(new(nameof(i.Nom), MessagesSaisie.TropLong("Le nom", InscriptionFormation.LongueurNomMaximum)));
        if (!CourrielValide(i.Courriel))
            e.Add(new(nameof(i.Courriel), "Indiquez une adresse électronique valide (ex. prenom.nom@mairie.fr)."));
        else if (dejaInscrit)
            e.Add(new(nameof(i.Courriel), "Cet élu est déjà inscrit à cette session."));
        return e;
    }

    /// <summary>La présence (ou l'absence) se note le jour de la session ou après, jamais avant.</summary>
    public static List<ErreurChamp> ValiderPresence(
        SessionFormation session,
        InscriptionFormation i,
        bool present,
        DateOnly aujourdhui
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(i);
        var e = new List<ErreurChamp>();
        if (aujourdhui < session.Date)
            e.Add(new("Present", "La présence se note à partir du jour de la session."));
        else if (!present && i.Note is not null)
            e.Add(new("Present", "Cet élu a répondu au questionnaire : il ne peut pas être noté absent."));
        return e;
    }

    /// <summary>Le questionnaire : une note de 1 à 5 et un commentaire, une seule réponse par élu présent.</summary>
    public static List<ErreurChamp> ValiderSatisfaction(InscriptionFormation i, int? note, string? commentaire)
    {
        ArgumentNullException.ThrowIfNull(i);
        var e = new List<ErreurChamp>();
        if (i.Present != true)
            e.Add(new("", "Seul un élu noté présent répond au questionnaire de satisfaction."));
        else if (i.Note is not null)
            e.Add(new("", "Cet élu a déjà répondu au questionnaire de satisfaction."));
        if (note is not (>= 1 and <= 5))
            e.Add(new("Note", "La note de satisfaction va de 1 à 5."));
        if (commentaire?.Length > InscriptionFormation.LongueurCommentaireMaximum)
            e.Add(
                new(
                    "Commentaire",
                    MessagesSaisie.TropLong("Le commentaire", InscriptionFormation.LongueurCommentaireMaximum)
                )
            );
        return e;
    }

    /// <summary>Adresse plausible : partie locale, une arobase, un domaine avec un point, sans espace.</summary>
    public static bool CourrielValide(string? courriel)
    {
        if (string.IsNullOrWhiteSpace(courriel) || courriel.Length > InscriptionFormation.LongueurCourrielMaximum)
            return false;
        var arobase = courriel.IndexOf('@', StringComparison.Ordinal);
        return arobase > 0
            && arobase == courriel.LastIndexOf('@')
            && courriel.IndexOf('.', arobase) > arobase + 1
            && !courriel.EndsWith('.')
            && !courriel.Any(char.IsWhiteSpace);
    }
}
