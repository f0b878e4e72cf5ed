using System.Globalization;

namespace Pilotis.Domain.Production;

/// <summary>Une différence entre deux instantanés, en français.</summary>
public sealed record DifferenceOperation(string Rubrique, string Element, string Avant, string Apres);
