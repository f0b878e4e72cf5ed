using System.Text;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>Une commune réelle, son EPCI, son département et sa population, pour placer les demandes
/// fictives.</summary>
public sealed record CommunePeuplee(string Code, string? EpciSiren, string DepartementCode, int Population);
