namespace Pilotis.Domain.Information;

/// <summary>
/// Les blocs de la page publique d'une commune (seed 001, solution 8). La commune masque ceux qu'elle ne veut pas
/// montrer ; un drapeau par bloc, stocké en entier : on ajoute à la fin, on ne renumérote jamais.
/// </summary>
[Flags]
public enum BlocPageCommune
{
    Aucun = 0,

    /// <summary>Comment et où déposer une demande (points d'accueil, site national).</summary>
    Deposer = 1,

    /// <summary>Le simulateur d'éligibilité.</summary>
    Eligibilite = 2,

    /// <summary>La grille de cotation publiée de l'EPCI (CCH L441-2-8).</summary>
    Cotation = 4,

    /// <summary>Le parc social de la commune, les logements libérés et livrés l'an dernier.</summary>
    Parc = 8,

    /// <summary>Les opérations agréées ou en cours.</summary>
    Operations = 16,

    /// <summary>La situation SRU de la commune quand elle y est soumise (CCH L302-5).</summary>
    Sru = 32,

    /// <summary>Les contacts publics de l'annuaire (commune, EPCI, DDTM).</summary>
    Contacts = 64,
}
