using System.Globalization;

namespace Pilotis.Domain.Demande;

/// <summary>Geographic zone of the ceiling table (DOMAIN §4.1).</summary>
public enum GeographiePlafonds
{
    /// <summary>Paris and its neighbouring communes (« Paris & limitrophes »).</summary>
    Paris,

    /// <summary>Île-de-France outside Paris and its neighbouring communes.</summary>
    IleDeFrance,

    /// <summary>Every other region.</summary>
    AutresRegions,
}
