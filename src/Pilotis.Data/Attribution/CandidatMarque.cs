using Pilotis.Data.Demande;

namespace Pilotis.Data.Attribution;

/// <summary>Un candidat à un logement, avec les marques qui comptent pour les objectifs de CCH L441-1.</summary>
public sealed record CandidatMarque(CandidatLogement Candidat, bool Dalo, bool Prioritaire, bool PremierQuartile);
