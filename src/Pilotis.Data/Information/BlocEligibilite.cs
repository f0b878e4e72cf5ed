namespace Pilotis.Data.Information;

/// <summary>Le simulateur public d'éligibilité (plafonds de ressources, CCH R441-1) et sa version intégrable.</summary>
public sealed record BlocEligibilite(string Adresse, string AdresseIntegree);
