namespace Pilotis.Domain.Production;

/// <summary>Un lot : les logements d'un produit dans une opération.</summary>
public sealed class Lot
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public required Produit Produit { get; set; }

    /// <summary>
    /// Nombre de logements ; la ventilation par typologie, quand elle est saisie, doit lui être égale.
    /// </summary>
    public int NombreLogements { get; set; }
    public int T1 { get; set; }
    public int T2 { get; set; }
    public int T3 { get; set; }
    public int T4 { get; set; }
    public int T5 { get; set; }

    /// <summary>T6 et plus.</summary>
    public int T6 { get; set; }

    /// <summary>Surface habitable (m²).</summary>
    public decimal SurfaceHabitable { get; set; }

    /// <summary>Surfaces annexes (m²) : caves, balcons, loggias… comptées pour moitié.</summary>
    public decimal SurfaceAnnexes { get; set; }

    /// <summary>Loyer mensuel en €/m² de surface utile (sans objet en accession).</summary>
    public decimal? LoyerM2 { get; set; }

    /// <summary>
    /// Date d'agrément du lot : un lot compte dans le mois de son agrément (contrat de l'API de lissage).
    /// </summary>
    public DateOnly? DateAgrement { get; set; }

    public int SommeTypologies => T1 + T2 + T3 + T4 + T5 + T6;

    /// <summary>Surface utile = SH + 50 % des annexes : l'assiette du loyer (DOMAIN §2).</summary>
    public decimal SurfaceUtile => SurfacesOperation.SurfaceUtile(SurfaceHabitable, SurfaceAnnexes);

    /// <summary>Loyer mensuel du lot entier (€), arrondi au centime.</summary>
    public decimal? LoyerMensuel =>
        LoyerM2 is decimal l ? Math.Round(l * SurfaceUtile, 2, MidpointRounding.AwayFromZero) : null;
}
