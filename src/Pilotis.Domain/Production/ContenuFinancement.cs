using System.Globalization;

namespace Pilotis.Domain.Production;

public sealed record ContenuFinancement(TypeFinancement Type, string? Financeur, decimal Montant);
