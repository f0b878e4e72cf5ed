namespace Pilotis.Data.Information;

/// <summary>
/// Un lieu où déposer sa demande et être accueilli (service d'accueil du plan partenarial, CCH L441-2-8).
/// </summary>
public sealed record PointAccueilPublie(string Nom, string Adresse, string CommuneCode);
