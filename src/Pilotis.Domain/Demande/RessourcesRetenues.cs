namespace Pilotis.Domain.Demande;

/// <summary>Ressources comparées aux plafonds : leur origine, leur montant en euros et la raison du choix, en
/// français, telle que la fiche de la demande l'affiche.</summary>
public sealed record RessourcesRetenues(OrigineRessources Origine, decimal Montant, string Motif);
