using System.Globalization;

namespace Pilotis.Domain.Sru;

/// <summary>
/// Field names as the public API spells them (camelCase of <see cref="DonneesCalculSru"/>), so an
/// endpoint can answer RFC 9457 problem details keyed by field without mapping.
/// </summary>
public static class ChampsSru
{
    public const string ResidencesPrincipales = "residencesPrincipales";
    public const string LogementsSociaux = "logementsSociaux";
    public const string LogementsSociauxPlai = "logementsSociaux.plai";
    public const string LogementsSociauxPlus = "logementsSociaux.plus";
    public const string LogementsSociauxPls = "logementsSociaux.pls";
    public const string LogementsSociauxPlacesFoyer = "logementsSociaux.placesFoyer";
    public const string LogementsSociauxPslaBrs = "logementsSociaux.pslaBrs";
    public const string LogementsSociauxAutres = "logementsSociaux.autres";
    public const string TauxCible = "tauxCible";
    public const string PotentielFiscalParHabitant = "potentielFiscalParHabitant";
    public const string DepensesReellesFonctionnement = "depensesReellesFonctionnement";
    public const string DepensesDeductibles = "depensesDeductibles";
    public const string CouverteParPlh = "couverteParPlh";
    public const string TauxPlafond = "tauxPlafond";
    public const string PotentielFiscalMedian = "potentielFiscalMedian";
    public const string CoefficientMajorationCarence = "coefficientMajorationCarence";
    public const string RangPeriodeNouvellementSoumise = "rangPeriodeNouvellementSoumise";
}
