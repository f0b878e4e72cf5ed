namespace Pilotis.Domain.Attribution;

/// <summary>
/// Un logement du parc social, une ligne par logement comme dans le répertoire RPLS (CCH L411-10) : identifiant,
/// bailleur, commune, adresse, QPV, typologie, surface, financement d'origine, année de construction, loyer,
/// étiquette énergie, occupation.
/// </summary>
public sealed class Logement
{
    public const int LongueurIdentifiantMaximum = 20;
    public const int LongueurAdresseMaximum = 200;

    public int Id { get; set; }

    /// <summary>Identifiant RPLS du logement : clé du réimport.</summary>
    public required string IdentifiantRpls { get; set; }

    public int BailleurId { get; set; }
    public required string CommuneCode { get; set; }
    public required string Adresse { get; set; }
    public bool EnQpv { get; set; }
    public TypologieLogement Typologie { get; set; }

    /// <summary>Surface habitable en m².</summary>
    public decimal Surface { get; set; }

    public FinancementOrigine Financement { get; set; }
    public int AnneeConstruction { get; set; }

    /// <summary>Loyer principal mensuel hors charges, en euros.</summary>
    public decimal LoyerMensuel { get; set; }

    /// <summary>Étiquette du diagnostic de performance énergétique (A à G), inconnue pour un logement non
    /// diagnostiqué.</summary>
    public char? EtiquetteEnergie { get; set; }

    public EtatOccupation Occupation { get; set; }

    /// <summary>Réservation restée en stock (défense, sécurité intérieure, santé) : hors gestion en flux.</summary>
    public ReservationNonConvertie ReservationNonConvertie { get; set; }

    /// <summary>Réservataire titulaire de la réservation restée en stock.</summary>
    public int? ReservataireStockId { get; set; }

    /// <summary>Opération de production dont la livraison a créé ce logement.</summary>
    public int? OperationId { get; set; }

    public DateTimeOffset ModifieLe { get; set; }

    /// <summary>Vrai quand les valeurs importées sont celles déjà enregistrées (réimport sans effet).</summary>
    public bool MemesValeurs(Logement autre)
    {
        ArgumentNullException.ThrowIfNull(autre);
        return BailleurId == autre.BailleurId
            && CommuneCode == autre.CommuneCode
            && Adresse == autre.Adresse
            && EnQpv == autre.EnQpv
            && Typologie == autre.Typologie
            && Surface == autre.Surface
            && Financement == autre.Financement
            && AnneeConstruction == autre.AnneeConstruction
            && LoyerMensuel == autre.LoyerMensuel
            && EtiquetteEnergie == autre.EtiquetteEnergie
            && Occupation == autre.Occupation;
    }

    /// <summary>Reprend les valeurs d'un logement importé (même identifiant RPLS).</summary>
    public void Reprendre(Logement autre)
    {
        ArgumentNullException.ThrowIfNull(autre);
        BailleurId = autre.BailleurId;
        CommuneCode = autre.CommuneCode;
        Adresse = autre.Adresse;
        EnQpv = autre.EnQpv;
        Typologie = autre.Typologie;
        Surface = autre.Surface;
        Financement = autre.Financement;
        AnneeConstruction = autre.AnneeConstruction;
        LoyerMensuel = autre.LoyerMensuel;
        EtiquetteEnergie = autre.EtiquetteEnergie;
        Occupation = autre.Occupation;
    }
}
