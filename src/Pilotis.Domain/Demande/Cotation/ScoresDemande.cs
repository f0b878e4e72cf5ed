using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande.Cotation;

/// <summary>Une demande à classer avant et après un changement de grille (pas de donnée personnelle : un identifiant,
/// une date, deux scores).</summary>
public readonly record struct ScoresDemande(long Id, DateOnly DateDepot, decimal? AncienScore, decimal? NouveauScore);
