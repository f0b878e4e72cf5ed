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

/// <summary>
/// Seuil officiel du premier quartile des ressources par UC d'un EPCI pour une année (arrêté préfectoral pris sur
/// les données du SNE, CCH L441-1) ; quand il existe, il prévaut sur le seuil calculé depuis le registre.
/// </summary>
public sealed class SeuilQuartileOfficiel
{
    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public int Annee { get; set; }

    /// <summary>Ressources annuelles par UC, en euros.</summary>
    public decimal Seuil { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset ModifieLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}

/// <summary>Trace d'une purge des données personnelles (RGPD) : quand, combien, avec quel délai de conservation.</summary>
public sealed class PurgeDemandes
{
    public int Id { get; set; }
    public DateTimeOffset Quand { get; set; }
    public DateOnly DateReference { get; set; }
    public int JoursConservation { get; set; }
    public int DemandesPurgees { get; set; }
    public int DemandesRadieesNonRenouvellement { get; set; }
    public required string Declencheur { get; set; }
}

/// <summary>Contrôles d'une ligne du barème saisie par un administrateur : montants positifs, croissants avec la catégorie, source citée.</summary>
public static class ValidationPlafonds
{
    public const int AnneeMinimum = 2000;
    public const int AnneeMaximum = 2100;

    /// <summary>Borne de vraisemblance (pas un seuil légal) : un plafond au-delà est une erreur de frappe.</summary>
    public const decimal MontantMaximum = 1_000_000m;

    public static string ChampCategorie(int categorie) => $"Categorie{categorie}";

    public static IReadOnlyList<ErreurChamp> Valider(PlafondRessourcesParametre p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var erreurs = new List<ErreurChamp>();
        if (p.Annee is < AnneeMinimum or > AnneeMaximum)
            erreurs.Add(new(nameof(p.Annee), $"L'année doit être comprise entre {AnneeMinimum} et {AnneeMaximum}."));
        decimal[] montants = [p.Categorie1, p.Categorie2, p.Categorie3, p.Categorie4, p.Categorie5, p.Categorie6];
        for (var i = 0; i < montants.Length; i++)
        {
            var champ = ChampCategorie(i + 1);
            if (montants[i] <= 0 || montants[i] > MontantMaximum)
                erreurs.Add(
                    new(
                        champ,
                        $"Catégorie {i + 1} : le plafond doit être un montant positif, en euros, inférieur à 1 000 000 €."
                    )
                );
            // Un ménage plus grand a toujours un plafond au moins égal (arrêté du 29 juillet 1987, barème croissant).
            else if (i > 0 && montants[i - 1] > 0 && montants[i] < montants[i - 1])
                erreurs.Add(
                    new(
                        champ,
                        $"Catégorie {i + 1} : le plafond ne peut pas être inférieur à celui de la catégorie {i}."
                    )
                );
        }
        if (p.ParPersonneSupplementaire <= 0 || p.ParPersonneSupplementaire > MontantMaximum)
            erreurs.Add(
                new(
                    nameof(p.ParPersonneSupplementaire),
                    "Le montant par personne supplémentaire doit être positif, en euros."
                )
            );
        if (string.IsNullOrWhiteSpace(p.Source))
            erreurs.Add(
                new(
                    nameof(p.Source),
                    "Citez la source (arrêté, année, publication) : chaque plafond doit pouvoir être vérifié."
                )
            );
        else if (p.Source.Length > 500)
            erreurs.Add(new(nameof(p.Source), "La source ne peut pas dépasser 500 caractères."));
        return erreurs;
    }
}
