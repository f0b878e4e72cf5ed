namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Le sujet sur lequel un référent répond pour son organisation (seed 001, solution 9 : « qui appeler dans quelle
/// structure »). Les valeurs numériques sont stockées : on ajoute à la fin, on ne renumérote jamais.
/// </summary>
public enum ThemeReferent
{
    Production = 0,
    Sru = 1,
    Demande = 2,
    Attribution = 3,
    Caleol = 4,
    Foncier = 5,
    Financement = 6,
    InformationPublic = 7,
}
