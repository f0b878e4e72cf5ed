namespace Pilotis.Domain.Production;

public static class SurfacesOperation
{
    /// <summary>
    /// SU = SH + 50 % des surfaces annexes (arrêté du 9 mai 1995 modifié, surface utile des logements conventionnés).
    /// </summary>
    public static decimal SurfaceUtile(decimal surfaceHabitable, decimal surfaceAnnexes) =>
        Math.Round(surfaceHabitable + surfaceAnnexes * 0.5m, 2, MidpointRounding.AwayFromZero);
}
