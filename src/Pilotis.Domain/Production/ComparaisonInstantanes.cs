using System.Globalization;

namespace Pilotis.Domain.Production;

/// <summary>Ce qui a changé entre deux phases (typiquement programmation → agrément).</summary>
public static class ComparaisonInstantanes
{
    private static CultureInfo Fr => Francais.Culture;

    public static IReadOnlyList<DifferenceOperation> Comparer(ContenuOperation avant, ContenuOperation apres)
    {
        ArgumentNullException.ThrowIfNull(avant);
        ArgumentNullException.ThrowIfNull(apres);
        var differences = new List<DifferenceOperation>();
        void Si<T>(string rubrique, string element, T a, T b, Func<T, string> texte)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
                differences.Add(new(rubrique, element, texte(a), texte(b)));
        }

        Si("Opération", "Nature", avant.Nature, apres.Nature, n => n.Libelle());
        Si("Opération", "Adresse", avant.Adresse ?? "", apres.Adresse ?? "", s => s.Length == 0 ? "—" : s);

        var produits = avant.Lots.Select(l => l.Produit).Union(apres.Lots.Select(l => l.Produit)).Order();
        foreach (var produit in produits)
        {
            var a = avant.Lots.FirstOrDefault(l => l.Produit == produit);
            var b = apres.Lots.FirstOrDefault(l => l.Produit == produit);
            var rubrique = $"Lot {produit.Libelle()}";
            if (a is null || b is null)
            {
                differences.Add(
                    new(
                        rubrique,
                        "Lot",
                        a is null ? "absent" : Logements(a.NombreLogements),
                        b is null ? "supprimé" : Logements(b.NombreLogements)
                    )
                );
                continue;
            }
            Si(rubrique, "Logements", a.NombreLogements, b.NombreLogements, Logements);
            Si(rubrique, "Typologies", Typologies(a), Typologies(b), s => s);
            Si(rubrique, "Surface habitable", a.SurfaceHabitable, b.SurfaceHabitable, Surface);
            Si(rubrique, "Surface utile", a.SurfaceUtile, b.SurfaceUtile, Surface);
            Si(rubrique, "Loyer (€/m² SU)", a.LoyerM2, b.LoyerM2, l =>
                l is decimal v ? v.ToString("N2", Fr) + " €" : "—"
            );
        }

        Si("Prix de revient", "Charge foncière", avant.ChargeFonciere, apres.ChargeFonciere, Euros);
        Si("Prix de revient", "Bâtiment", avant.CoutBatiment, apres.CoutBatiment, Euros);
        Si("Prix de revient", "Honoraires", avant.Honoraires, apres.Honoraires, Euros);
        Si("Prix de revient", "VRD", avant.Vrd, apres.Vrd, Euros);
        Si("Prix de revient", "Total", avant.PrixDeRevient, apres.PrixDeRevient, Euros);

        var cles = avant.Financements.Select(Cle).Union(apres.Financements.Select(Cle)).Order(StringComparer.Ordinal);
        foreach (var cle in cles)
        {
            var a = avant.Financements.Where(f => Cle(f) == cle).Sum(f => f.Montant);
            var b = apres.Financements.Where(f => Cle(f) == cle).Sum(f => f.Montant);
            Si("Financement", cle, a, b, Euros);
        }
        return differences;
    }

    private static string Cle(ContenuFinancement f) =>
        string.IsNullOrWhiteSpace(f.Financeur) ? f.Type.Libelle() : $"{f.Type.Libelle()} ({f.Financeur})";

    private static string Typologies(ContenuLot l) =>
        l.T1 + l.T2 + l.T3 + l.T4 + l.T5 + l.T6 == 0
            ? "non ventilées"
            : $"T1 {l.T1} · T2 {l.T2} · T3 {l.T3} · T4 {l.T4} · T5 {l.T5} · T6+ {l.T6}";

    private static string Logements(int n) => n.ToString("N0", Fr) + (n > 1 ? " logements" : " logement");

    private static string Surface(decimal m2) => m2.ToString("N2", Fr) + " m²";

    private static string Euros(decimal montant) => Francais.EurosCentimes(montant);
}
