namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Un scénario des propositions nationales (seed 001, II §2) : un jeu de remplacements de paramètres, chacun pris
/// dans le paramètre « proposition » correspondant ou mis à zéro, et éventuellement le zonage ABC des loyers.
/// </summary>
public sealed record ScenarioEquilibre(
    string Code,
    string Libelle,
    string Description,
    IReadOnlyList<RemplacementParametre> Remplacements,
    bool ZonageAbc
)
{
    /// <summary>Les paramètres du scénario à partir de ceux de la loi actuelle.</summary>
    public ParametresEquilibre Appliquer(ParametresEquilibre loiActuelle)
    {
        ArgumentNullException.ThrowIfNull(loiActuelle);
        var p = loiActuelle;
        foreach (var r in Remplacements)
            p = p.Avec(r.Code, r.DepuisCode is null ? r.Valeur : loiActuelle.Valeur(r.DepuisCode));
        return ZonageAbc ? p.AvecZonageAbc() : p;
    }
}
