namespace Pilotis.Data.Information;

/// <summary>Où et comment déposer une demande : les points d'accueil de l'EPCI et le site national.</summary>
public sealed record BlocDeposer(IReadOnlyList<PointAccueilPublie> PointsAccueil, string SiteNational);
