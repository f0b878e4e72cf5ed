namespace Pilotis.Domain.Demande;

/// <summary>
/// Ligne enregistrée du barème des plafonds de ressources (DOMAIN §4.1 : « une table de paramètres datée, avec
/// l'année et la source, modifiable par un administrateur, jamais des littéraux dans le code »). Semée depuis
/// <see cref="PlafondsRessources.Annee2026"/> ; une nouvelle année est une nouvelle ligne.
/// </summary>
public sealed class PlafondRessourcesParametre
{
    public int Id { get; set; }
    public int Annee { get; set; }
    public GeographiePlafonds Geographie { get; set; }
    public ProduitLogement Produit { get; set; }
    public decimal Categorie1 { get; set; }
    public decimal Categorie2 { get; set; }
    public decimal Categorie3 { get; set; }
    public decimal Categorie4 { get; set; }
    public decimal Categorie5 { get; set; }
    public decimal Categorie6 { get; set; }
    public decimal ParPersonneSupplementaire { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset ModifieeLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public PlafondsRessources EnPlafonds() =>
        new()
        {
            Annee = Annee,
            Geographie = Geographie,
            Produit = Produit,
            ParCategorie = [Categorie1, Categorie2, Categorie3, Categorie4, Categorie5, Categorie6],
            ParPersonneSupplementaire = ParPersonneSupplementaire,
            Source = Source,
        };

    public static PlafondRessourcesParametre Depuis(PlafondsRessources p) =>
        new()
        {
            Annee = p.Annee,
            Geographie = p.Geographie,
            Produit = p.Produit,
            Categorie1 = p.ParCategorie[0],
            Categorie2 = p.ParCategorie[1],
            Categorie3 = p.ParCategorie[2],
            Categorie4 = p.ParCategorie[3],
            Categorie5 = p.ParCategorie[4],
            Categorie6 = p.ParCategorie[5],
            ParPersonneSupplementaire = p.ParPersonneSupplementaire,
            Source = p.Source,
        };
}
