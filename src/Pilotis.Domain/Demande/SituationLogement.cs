namespace Pilotis.Domain.Demande;

/// <summary>Situation de logement actuelle du demandeur (formulaire CERFA 14069).</summary>
public enum SituationLogement
{
    SansLogement = 0,
    Heberge = 1,
    LogementTemporaire = 2,
    LocataireParcSocial = 3,
    LocataireParcPrive = 4,
    Proprietaire = 5,
    Autre = 6,
}
