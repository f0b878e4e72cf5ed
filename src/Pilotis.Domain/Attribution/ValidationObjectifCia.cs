using Pilotis.Domain.Commun;

namespace Pilotis.Domain.Attribution;

/// <summary>Contrôles de l'objectif en QPV saisi par un EPCI : une part entre 0 et 100 %, une année, une source.
/// </summary>
public static class ValidationObjectifCia
{
    public const int AnneeMinimum = 2017;
    public const int AnneeMaximum = 2100;

    public static IReadOnlyList<ErreurChamp> Valider(ObjectifCia o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var erreurs = new List<ErreurChamp>();
        // La loi Égalité et citoyenneté (27 janvier 2017) a créé ces objectifs : rien à fixer avant.
        if (o.Annee is < AnneeMinimum or > AnneeMaximum)
            erreurs.Add(new(nameof(o.Annee), MessagesSaisie.AnneeHorsBornes(o.Annee, AnneeMinimum, AnneeMaximum)));
        if (o.PartEnQpv is < 0m or > 1m)
            erreurs.Add(new(nameof(o.PartEnQpv), "La part doit être comprise entre 0 et 100 %."));
        if (string.IsNullOrWhiteSpace(o.Source))
            erreurs.Add(
                new(nameof(o.Source), "Citez la source (convention intercommunale d'attribution, délibération, date).")
            );
        else if (o.Source.Length > ObjectifCia.LongueurSourceMaximum)
            erreurs.Add(new(nameof(o.Source), MessagesSaisie.TropLong("La source", ObjectifCia.LongueurSourceMaximum)));
        return erreurs;
    }
}
