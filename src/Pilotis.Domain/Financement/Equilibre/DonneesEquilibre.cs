using Pilotis.Domain.Production;

namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Ce que l'équilibre lit d'une opération (ou d'une opération type saisie à la main) : ses lots, ses zones, son prix
/// de revient en deux postes TTC (charge foncière ; travaux, honoraires et VRD) et son plan (subventions, fonds
/// propres prévus). Les emprunts ne sont pas lus : le calcul les dimensionne sur les loyers.
/// </summary>
public sealed record DonneesEquilibre(
    NatureOperation Nature,
    string? Zone123,
    string? ZoneAbc,
    IReadOnlyList<LotEquilibre> Lots,
    decimal ChargeFonciere,
    decimal CoutTravaux,
    decimal Subventions,
    decimal FondsPropresPrevus
)
{
    /// <summary>
    /// Subventions : État, collectivités, Action Logement et autres apports non remboursables du plan de financement.
    /// </summary>
    public static bool EstSubvention(TypeFinancement type) =>
        type
            is TypeFinancement.SubventionEtat
                or TypeFinancement.SubventionEpci
                or TypeFinancement.SubventionDepartement
                or TypeFinancement.SubventionRegion
                or TypeFinancement.SubventionCommune
                or TypeFinancement.ActionLogement
                or TypeFinancement.Autre;

    public static DonneesEquilibre Depuis(Operation operation, string? zone123, string? zoneAbc)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return new DonneesEquilibre(
            operation.Nature,
            zone123,
            zoneAbc,
            operation.Lots.Select(l => new LotEquilibre(l.Produit, l.NombreLogements, l.SurfaceUtile)).ToList(),
            operation.ChargeFonciere,
            operation.CoutBatiment + operation.Honoraires + operation.Vrd,
            operation.Financements.Where(f => EstSubvention(f.Type)).Sum(f => f.Montant),
            operation.Financements.Where(f => f.Type == TypeFinancement.FondsPropres).Sum(f => f.Montant)
        );
    }
}
