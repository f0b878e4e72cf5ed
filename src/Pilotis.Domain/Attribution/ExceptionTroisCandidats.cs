namespace Pilotis.Domain.Attribution;

/// <summary>
/// Cas où la commission peut examiner moins de trois candidats pour un logement (CCH R441-3) : ménage DALO désigné par
/// le préfet, insuffisance de candidats, logement PLAI adapté.
/// </summary>
public enum ExceptionTroisCandidats
{
    Aucune = 0,
    DaloDesigneParPrefet = 1,
    CandidatsInsuffisants = 2,
    PlaiAdapte = 3,
}
