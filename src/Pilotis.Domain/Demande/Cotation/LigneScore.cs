namespace Pilotis.Domain.Demande.Cotation;

/// <summary>Ce qu'un critère a rapporté à une demande, et pourquoi, en français.</summary>
public sealed record LigneScore(CritereCotation Critere, decimal Points, string Explication);
