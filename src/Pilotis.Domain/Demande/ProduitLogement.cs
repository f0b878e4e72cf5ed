using System.Globalization;

namespace Pilotis.Domain.Demande;

/// <summary>Social housing financing product whose ceilings apply to the household.</summary>
public enum ProduitLogement
{
    Plai,
    Plus,
    Pls,
}
