using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande.Cotation;

/// <summary>Le déplacement d'une demande : rang avant, rang après ; <see cref="Deplacement"/> &gt; 0 quand elle
/// monte.</summary>
public sealed record MouvementClassement(
    long Id,
    decimal? AncienScore,
    decimal? NouveauScore,
    int AncienRang,
    int NouveauRang
)
{
    public int Deplacement => AncienRang - NouveauRang;
}
