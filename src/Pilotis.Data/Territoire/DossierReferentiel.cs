namespace Pilotis.Data.Territoire;

/// <summary>
/// Dossier du référentiel, localisé une fois au démarrage et partagé (site : import et fichiers statiques ; CLI).
/// </summary>
public sealed record DossierReferentiel(string Chemin)
{
    /// <summary>Dossier node_modules qui contient aussi le DSFR et Chart.js.</summary>
    public string NodeModules => Path.GetFullPath(Path.Combine(Chemin, "..", "..", ".."));
}
