namespace Pilotis.Domain.Financement;

/// <summary>Un groupe de synonymes une fois analysé : chaque expression est sa suite de racines.</summary>
public sealed record GroupeSynonymes(IReadOnlyList<IReadOnlyList<string>> Expressions);
