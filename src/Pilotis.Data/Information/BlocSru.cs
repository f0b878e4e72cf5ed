namespace Pilotis.Data.Information;

/// <summary>La situation SRU de la commune soumise (CCH L302-5) pour la dernière année d'inventaire.</summary>
public sealed record BlocSru(int Annee, decimal Taux, decimal TauxCible, int LogementsManquants);
