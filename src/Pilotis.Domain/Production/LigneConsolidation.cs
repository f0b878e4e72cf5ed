namespace Pilotis.Domain.Production;

public sealed record LigneConsolidation(
    Produit Produit,
    int Objectif,
    int Agrees,
    int Programmes,
    int ProgrammesRisqueEleve
)
{
    /// <summary>Agréés + programmés non encore agréés.</summary>
    public int Pipeline => Agrees + Programmes;
    public int Ecart => Pipeline - Objectif;
    public decimal? TauxCouverture =>
        Objectif == 0 ? null : Math.Round((decimal)Pipeline / Objectif, 4, MidpointRounding.AwayFromZero);
}
