namespace Pilotis.Domain.Demande;

/// <summary>Une personne du ménage : lien, âge, handicap, et si elle est fiscalement à charge.</summary>
public sealed record MembreMenage(LienMembre Lien, int Age, bool Handicap, bool ACharge);
