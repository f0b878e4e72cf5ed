namespace Pilotis.Data.Information;

/// <summary>
/// Un module qui fournit des indicateurs de la feuille de route (ADR 0027) : pour une année et un département, la
/// valeur de chacun de ses codes (<see cref="Pilotis.Domain.Information.FeuilleDeRoute"/>), null quand le module ne
/// tient rien pour cette année. Une implémentation par module, enregistrée dans l'injection de dépendances : ajouter un
/// module (formations, concertation, page des communes, annuaire) revient à enregistrer sa source.
/// </summary>
public interface ISourceIndicateurs
{
    Task<IReadOnlyDictionary<string, decimal?>> IndicateursFeuilleDeRouteAsync(
        int annee,
        string departementCode,
        CancellationToken ct
    );
}
