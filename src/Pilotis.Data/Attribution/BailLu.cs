using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>Une ligne juste d'un fichier de baux signés, avec son numéro de ligne physique.</summary>
internal sealed record BailLu(int Ligne, BailSigne Bail);
