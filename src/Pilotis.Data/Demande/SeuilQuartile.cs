using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>Seuil du premier quartile des ressources par UC d'un EPCI : sa valeur, s'il est officiel, et sur combien de
/// demandes il a été calculé.</summary>
public sealed record SeuilQuartile(decimal? Valeur, bool Officiel, int Demandes, string? Source)
{
    public static readonly SeuilQuartile Inconnu = new(null, false, 0, null);
}
