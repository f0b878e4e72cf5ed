using Pilotis.Domain.Commun;
using Pilotis.Domain.Production;

namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Lit et vérifie une opération type : chaque champ fautif reçoit son message en français ; les données ne sont
/// rendues que si tout est lisible et cohérent.
/// </summary>
public static class ValidationOperationType
{
    public const int LogementsMaximum = 2_000;
    public const decimal MontantMaximum = 1_000_000_000m;

    public static (DonneesEquilibre? Donnees, IReadOnlyList<ErreurChamp> Erreurs) Lire(SaisieOperationType s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var erreurs = new List<ErreurChamp>();
        if (!CodesProduction.TryNature(s.Nature, out var nature))
            erreurs.Add(new(nameof(s.Nature), "Choisissez la nature de l'opération."));
        if (s.Zone123 is null || !CatalogueParametresFinanciers.Zones123.Contains(s.Zone123))
            erreurs.Add(new(nameof(s.Zone123), "Choisissez la zone 1/2/3 de la commune (1 bis, 1, 2 ou 3)."));
        if (s.ZoneAbc is null || !CatalogueParametresFinanciers.ZonesAbc.Contains(s.ZoneAbc))
            erreurs.Add(new(nameof(s.ZoneAbc), "Choisissez la zone ABC de la commune (A bis, A, B1, B2 ou C)."));
        var lots = new List<LotEquilibre>();
        Lot(Produit.Plai, s.LogementsPlai, nameof(s.LogementsPlai), s.SurfacePlai, nameof(s.SurfacePlai));
        Lot(Produit.Plus, s.LogementsPlus, nameof(s.LogementsPlus), s.SurfacePlus, nameof(s.SurfacePlus));
        Lot(Produit.Pls, s.LogementsPls, nameof(s.LogementsPls), s.SurfacePls, nameof(s.SurfacePls));
        if (
            lots.Count == 0
            && !erreurs.Any(e =>
                e.Champ.StartsWith("Logements", StringComparison.Ordinal)
                || e.Champ.StartsWith("Surface", StringComparison.Ordinal)
            )
        )
            erreurs.Add(new(nameof(s.LogementsPlus), "Indiquez au moins un logement PLAI, PLUS ou PLS."));
        var foncier = Montant(s.ChargeFonciere, nameof(s.ChargeFonciere), "la charge foncière", obligatoire: true);
        var travaux = Montant(s.CoutTravaux, nameof(s.CoutTravaux), "le coût des travaux", obligatoire: true);
        var subventions = Montant(s.Subventions, nameof(s.Subventions), "les subventions", obligatoire: false);
        var fondsPropres = Montant(s.FondsPropres, nameof(s.FondsPropres), "les fonds propres", obligatoire: false);
        if (foncier + travaux <= 0 && !erreurs.Any(e => e.Champ is nameof(s.ChargeFonciere) or nameof(s.CoutTravaux)))
            erreurs.Add(new(nameof(s.CoutTravaux), "Le prix de revient (foncier + travaux) doit être positif."));
        if (erreurs.Count > 0)
            return (null, erreurs);
        var donnees = new DonneesEquilibre(
            nature,
            s.Zone123,
            s.ZoneAbc,
            lots,
            foncier,
            travaux,
            subventions,
            fondsPropres
        );
        return (donnees, erreurs);

        void Lot(Produit produit, string? logements, string champLogements, string? surface, string champSurface)
        {
            if (string.IsNullOrWhiteSpace(logements) && string.IsNullOrWhiteSpace(surface))
                return;
            var code = produit.ToString().ToUpperInvariant();
            if (!LectureValeurs.Entier(logements, out var n) || n < 0 || n > LogementsMaximum)
            {
                erreurs.Add(
                    new(champLogements, $"Nombre de logements {code} : un entier entre 0 et {LogementsMaximum}.")
                );
                return;
            }
            if (!LectureValeurs.Nombre(surface, out var su) || su <= 0 || su > n * 500m)
            {
                erreurs.Add(
                    new(champSurface, $"Surface utile {code} : un nombre de m² positif, au plus 500 m² par logement.")
                );
                return;
            }
            if (n > 0)
                lots.Add(new LotEquilibre(produit, n, su));
        }

        decimal Montant(string? texte, string champ, string libelle, bool obligatoire)
        {
            if (string.IsNullOrWhiteSpace(texte) && !obligatoire)
                return 0m;
            var m = LectureValeurs.Montant(texte);
            if (m is decimal v && v >= 0 && v <= MontantMaximum)
                return v;
            erreurs.Add(new(champ, $"Indiquez {libelle} en euros (nombre positif, par exemple 250 000)."));
            return 0m;
        }
    }
}
