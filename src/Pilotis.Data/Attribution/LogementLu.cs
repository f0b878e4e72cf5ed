using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>Une ligne juste du fichier du parc, avec son numéro de ligne physique.</summary>
public sealed record LogementLu(long Ligne, Logement Logement);
