using Pilotis.Domain.Information;

namespace Pilotis.Web.Features.Information;

/// <summary>Les champs du formulaire d'une action de concertation, tels que saisis, relus puis vérifiés.</summary>
public sealed class SaisieConcertation
{
    public string? Type { get; set; }
    public string? Date { get; set; }
    public string? Phase { get; set; }
    public string? HabitantsRencontres { get; set; }
    public string? Questions { get; set; }
    public string? Acceptation { get; set; }
    public string? Issue { get; set; }

    /// <summary>Reporte la saisie sur l'action ; rend les erreurs, une par champ.</summary>
    public List<ErreurChamp> Lire(ActionConcertation a, DateOnly aujourdhui)
    {
        ArgumentNullException.ThrowIfNull(a);
        var e = new List<ErreurChamp>();
        if (LibellesInformation.TryLire(LibellesInformation.TypesAction, Type, out var type))
            a.Type = type;
        else
            e.Add(new(nameof(Type), "Choisissez le type d'action."));
        if (LibellesInformation.TryLire(LibellesInformation.Phases, Phase, out var phase))
            a.Phase = phase;
        else
            e.Add(new(nameof(Phase), "Choisissez la phase du projet."));
        if (LibellesInformation.TryLire(LibellesInformation.Acceptations, Acceptation, out var acceptation))
            a.Acceptation = acceptation;
        else
            e.Add(new(nameof(Acceptation), "Choisissez l'accueil du projet par les habitants."));
        if (string.IsNullOrWhiteSpace(Date))
            e.Add(new(nameof(Date), "Indiquez la date de l'action."));
        else if (LectureValeurs.Date(Date, out var d))
            a.Date = d;
        else
            e.Add(new(nameof(Date), MessagesSaisie.PasUneDate(Date)));
        if (LectureValeurs.Entier(HabitantsRencontres, out var n))
            a.HabitantsRencontres = n;
        else
            e.Add(new(nameof(HabitantsRencontres), MessagesSaisie.PasUnEntier(HabitantsRencontres)));
        a.Questions = string.IsNullOrWhiteSpace(Questions) ? null : Questions.Trim();
        a.Issue = string.IsNullOrWhiteSpace(Issue) ? null : Issue.Trim();
        foreach (var erreur in ValidationConcertation.Valider(a, aujourdhui))
        {
            if (!e.Any(x => x.Champ == erreur.Champ))
                e.Add(erreur);
        }
        return e;
    }
}
