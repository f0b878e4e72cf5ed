namespace Pilotis.Domain.Foncier;

/// <summary>Qui possède le site aujourd'hui.</summary>
public enum TypeProprietaire
{
    /// <summary>Une personne publique (commune, EPCI, État, département).</summary>
    Public = 0,

    /// <summary>L'établissement public foncier, qui porte le site pour une collectivité (C. urb. L321-1).</summary>
    Epf = 1,

    /// <summary>Un propriétaire privé.</summary>
    Prive = 2,
}
