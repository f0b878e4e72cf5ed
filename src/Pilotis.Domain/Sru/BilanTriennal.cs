namespace Pilotis.Domain.Sru;

/// <summary>
/// Triennial bilan (CCH L302-9): quantity (units financed against the objective) and quality of
/// the mix (PLAI share at least 30 %, PLS share at most 30 % or 20 %, shares of the units
/// financed). Its outcome feeds the carence procedure (L302-9-1).
/// </summary>
/// <param name="Objectif">Objective of the period.</param>
/// <param name="Realisations">Units financed.</param>
/// <param name="TauxAtteinte">Financed / objective, 4 decimals; null when the objective is 0.</param>
/// <param name="PartPlai">PLAI / financed, 4 decimals; null when nothing was financed.</param>
/// <param name="PartPls">PLS / financed, 4 decimals; null when nothing was financed.</param>
/// <param name="ObjectifQuantitatifAtteint">Financed ≥ objective.</param>
/// <param name="PartPlaiRespectee">PLAI ≥ 30 % of the financed units (exact comparison).</param>
/// <param name="PartPlsRespectee">PLS ≤ the PLS ceiling share of the financed units (exact comparison).</param>
public sealed record BilanTriennal(
    ObjectifTriennalSru Objectif,
    RealisationsTriennales Realisations,
    decimal? TauxAtteinte,
    decimal? PartPlai,
    decimal? PartPls,
    bool ObjectifQuantitatifAtteint,
    bool PartPlaiRespectee,
    bool PartPlsRespectee
)
{
    /// <summary>Units still missing against the objective (0 when reached or exceeded).</summary>
    public int Ecart => Math.Max(0, Objectif.Total - Realisations.Total);

    /// <summary>Mix quality: both shares respected.</summary>
    public bool MixRespecte => PartPlaiRespectee && PartPlsRespectee;

    /// <summary>Both the quantitative and the qualitative objective are met.</summary>
    public bool ObjectifsAtteints => ObjectifQuantitatifAtteint && MixRespecte;

    /// <summary>
    /// Draws the bilan. With nothing financed, the shares are not defined: the mix counts as
    /// respected only when nothing was due. Shares are compared in units (PLAI ≥ 0.30 × financed),
    /// never on the rounded percentages shown.
    /// </summary>
    public static BilanTriennal Etablir(ObjectifTriennalSru objectif, RealisationsTriennales realisations)
    {
        var total = realisations.Total;
        decimal? atteinte = objectif.Total > 0 ? ArrondiSru.Taux((decimal)total / objectif.Total) : null;
        bool plaiOk;
        bool plsOk;
        decimal? partPlai = null;
        decimal? partPls = null;
        if (total == 0)
        {
            plaiOk = plsOk = objectif.Total == 0;
        }
        else
        {
            partPlai = ArrondiSru.Taux((decimal)realisations.Plai / total);
            partPls = ArrondiSru.Taux((decimal)realisations.Pls / total);
            plaiOk = realisations.Plai >= objectif.PartPlaiMinimum * total;
            plsOk = realisations.Pls <= objectif.PartPlsMaximum * total;
        }
        return new BilanTriennal(
            objectif,
            realisations,
            atteinte,
            partPlai,
            partPls,
            total >= objectif.Total,
            plaiOk,
            plsOk
        );
    }
}
