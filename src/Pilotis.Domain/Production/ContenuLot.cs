using System.Globalization;

namespace Pilotis.Domain.Production;

public sealed record ContenuLot(
    Produit Produit,
    int NombreLogements,
    int T1,
    int T2,
    int T3,
    int T4,
    int T5,
    int T6,
    decimal SurfaceHabitable,
    decimal SurfaceAnnexes,
    decimal SurfaceUtile,
    decimal? LoyerM2
);
