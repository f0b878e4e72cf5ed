using System.Globalization;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Sru;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>
/// Résultat du simulateur public d'éligibilité. <c>plafonds</c> et <c>eligible</c> sont indexés par produit
/// (PLAI, PLUS, PLS) ; un produit sans plafond connu pour l'année et la géographie a un plafond null ; il est non
/// éligible (false) quand le revenu dépasse un plafond toujours plus élevé (PLAI &lt; PLUS &lt; PLS, arrêté du
/// 29 juillet 1987), sinon son éligibilité vaut null et il figure dans <c>nonCalculables</c> (aujourd'hui : PLAI à
/// Paris et en Île-de-France sous le plafond PLUS). Plafonds en euros ; PLS = PLUS × 1,30
/// arrondi à l'euro le plus proche, colonne par colonne.
/// </summary>
public sealed record ReponseEligibilite(
    int Annee,
    string Geographie,
    int Categorie,
    int PersonnesSupplementaires,
    decimal RevenuFiscalReference,
    Dictionary<string, decimal?> Plafonds,
    Dictionary<string, bool?> Eligible,
    IReadOnlyList<string> NonCalculables,
    IReadOnlyList<string> Sources,
    string Regle
);
