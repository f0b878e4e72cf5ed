namespace Pilotis.Data.Information;

/// <summary>Un critère de la grille de cotation publiée, tel que le demandeur le lit.</summary>
public sealed record CritereCotationCommune(string Libelle, decimal Points);
