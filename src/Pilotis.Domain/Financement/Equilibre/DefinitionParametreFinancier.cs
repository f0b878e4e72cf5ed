namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Ce qu'est un paramètre financier : son libellé, son unité, ses bornes de saisie, et la valeur semée avec sa source
/// (DOMAIN §2, seed 001 partie II §2).
/// </summary>
public sealed record DefinitionParametreFinancier(
    string Code,
    string Groupe,
    string Libelle,
    UniteParametre Unite,
    decimal Minimum,
    decimal Maximum,
    decimal ValeurInitiale,
    DateOnly ValideDepuis,
    string Source,
    bool AConfirmer
);
