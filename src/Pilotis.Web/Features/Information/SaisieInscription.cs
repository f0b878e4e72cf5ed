using Pilotis.Domain.Information;

namespace Pilotis.Web.Features.Information;

/// <summary>Les champs du formulaire d'inscription d'un élu à une session, tels que saisis.</summary>
public sealed class SaisieInscription
{
    public string? Nom { get; set; }
    public string? Mandat { get; set; }
    public string? Commune { get; set; }
    public string? Courriel { get; set; }

    /// <summary>Reporte la saisie sur l'inscription (sauf la commune, lue à part) ; rend les erreurs.</summary>
    public List<ErreurChamp> Lire(InscriptionFormation i)
    {
        ArgumentNullException.ThrowIfNull(i);
        var e = new List<ErreurChamp>();
        i.Nom = Nom?.Trim() ?? "";
        i.Courriel = Courriel?.Trim().ToLowerInvariant() ?? "";
        if (LibellesInformation.TryLire(LibellesInformation.Mandats, Mandat, out var mandat))
            i.Mandat = mandat;
        else
            e.Add(new(nameof(Mandat), "Choisissez le mandat de l'élu."));
        return e;
    }
}
