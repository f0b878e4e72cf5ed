namespace Pilotis.Domain.Attribution;

/// <summary>
/// Financement d'origine d'un logement du parc social (répertoire RPLS, CCH L411-10) : il fixe les plafonds de
/// ressources applicables au ménage candidat.
/// </summary>
public enum FinancementOrigine
{
    Plai = 0,
    PlaiAdapte = 1,
    Plus = 2,
    Pls = 3,
    Pli = 4,

    /// <summary>HLM/O, PLA et prêts antérieurs à 1977 : plafonds du PLUS (arrêté du 29 juillet 1987, annexe).</summary>
    AncienRegime = 5,
}
