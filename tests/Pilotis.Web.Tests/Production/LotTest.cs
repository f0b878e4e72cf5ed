using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Production;

/// <summary>A lot to insert: product, units, agreement date (null = not agreed).</summary>
public sealed record LotTest(Produit Produit, int Logements, DateOnly? Agrement);
