using System.Linq.Expressions;

namespace Pilotis.Domain.Demande;

/// <summary>
/// Les deux parties du filtre des demandes d'un acteur (<see cref="AccesDemandes.Parties"/>) : les demandes de son
/// guichet (<paramref name="ParGuichet"/>) et celles de son territoire (<paramref name="Territoire"/>, <c>null</c>
/// sans territoire).
/// </summary>
public sealed record PartiesFiltreDemandes(bool ParGuichet, Expression<Func<DemandeLogement, bool>>? Territoire);
