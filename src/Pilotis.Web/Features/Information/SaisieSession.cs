using Pilotis.Domain.Information;

namespace Pilotis.Web.Features.Information;

/// <summary>Les champs du formulaire d'une session de formation, tels que saisis.</summary>
public sealed class SaisieSession
{
    public string? Date { get; set; }
    public string? Lieu { get; set; }
    public string? Theme { get; set; }
    public string? Formateur { get; set; }
    public string? Capacite { get; set; }

    /// <summary>Reporte la saisie sur la session ; rend les erreurs de lecture (date, thème, capacité).</summary>
    public List<ErreurChamp> Lire(SessionFormation s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var e = new List<ErreurChamp>();
        if (string.IsNullOrWhiteSpace(Date))
            e.Add(new(nameof(Date), "Indiquez la date de la session."));
        else if (LectureValeurs.Date(Date, out var d))
            s.Date = d;
        else
            e.Add(new(nameof(Date), MessagesSaisie.PasUneDate(Date)));
        if (LibellesInformation.TryLire(LibellesInformation.Themes, Theme, out var theme))
            s.Theme = theme;
        else
            e.Add(new(nameof(Theme), "Choisissez le thème de la session."));
        if (LectureValeurs.Entier(Capacite, out var c))
            s.Capacite = c;
        else
            e.Add(new(nameof(Capacite), MessagesSaisie.PasUnEntier(Capacite)));
        s.Lieu = Lieu?.Trim() ?? "";
        s.Formateur = Formateur?.Trim() ?? "";
        foreach (var erreur in ValidationFormation.ValiderSession(s))
        {
            if (!e.Any(x => x.Champ == erreur.Champ))
                e.Add(erreur);
        }
        return e;
    }
}
