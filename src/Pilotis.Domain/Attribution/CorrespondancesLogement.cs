using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Attribution;

/// <summary>
/// Ce qu'un logement du répertoire demande au registre : le produit dont les plafonds s'appliquent au ménage, et la
/// typologie que la demande doit accepter.
/// </summary>
public static class CorrespondancesLogement
{
    /// <summary>
    /// Plafonds applicables selon le financement d'origine (CCH R441-1 ; arrêté du 29 juillet 1987) : PLAI et PLAI
    /// adapté ceux du PLAI ; PLUS et logements anciens (HLM/O, PLA) ceux du PLUS ; PLS ceux du PLS. Le PLI a des
    /// plafonds propres plus hauts, que le registre ne connaît pas : un ménage éligible au PLS l'est au PLI, on retient
    /// donc le PLS, au risque d'écarter quelques ménages entre les deux plafonds.
    /// </summary>
    public static ProduitsEligibles Produit(FinancementOrigine financement) =>
        financement switch
        {
            FinancementOrigine.Plai or FinancementOrigine.PlaiAdapte => ProduitsEligibles.Plai,
            FinancementOrigine.Plus or FinancementOrigine.AncienRegime => ProduitsEligibles.Plus,
            FinancementOrigine.Pls or FinancementOrigine.Pli => ProduitsEligibles.Pls,
            _ => throw new ArgumentOutOfRangeException(nameof(financement)),
        };

    /// <summary>La typologie du logement, telle que la demande l'exprime parmi ses souhaits.</summary>
    public static Typologies Typologie(TypologieLogement typologie) =>
        typologie switch
        {
            TypologieLogement.T1 => Typologies.T1,
            TypologieLogement.T2 => Typologies.T2,
            TypologieLogement.T3 => Typologies.T3,
            TypologieLogement.T4 => Typologies.T4,
            TypologieLogement.T5 => Typologies.T5,
            TypologieLogement.T6Plus => Typologies.T6Plus,
            _ => throw new ArgumentOutOfRangeException(nameof(typologie)),
        };
}
