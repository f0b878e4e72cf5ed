namespace Pilotis.Domain.Production;

/// <summary>État du permis de construire, pour la maturité d'une opération (seed 000, question 2).</summary>
public enum EtatPermis
{
    NonDepose = 0,
    Depose = 1,
    Obtenu = 2,
    PurgeDeRecours = 3,

    /// <summary>Acquisition sans travaux, VEFA déjà autorisée… : aucun permis à obtenir par le bailleur.</summary>
    SansObjet = 4,
}

/// <summary>
/// Une opération (programme) de logement social d'un bailleur sur une commune, de la programmation à la clôture.
/// Le lieu (EPCI, département, région) est recopié depuis la commune pour filtrer et agréger en SQL sans jointure.
/// </summary>
public sealed class Operation
{
    public int Id { get; set; }

    /// <summary>Numéro d'opération (SIAP ou numéro local), unique.</summary>
    public required string Numero { get; set; }
    public required string Nom { get; set; }
    public required int BailleurId { get; set; }
    public required string CommuneCode { get; set; }
    public string? EpciSiren { get; set; }
    public required string DepartementCode { get; set; }
    public required string RegionCode { get; set; }
    public string? Adresse { get; set; }
    public required NatureOperation Nature { get; set; }
    public StatutOperation Statut { get; set; } = StatutOperation.BrouillonCree;

    // Prix de revient prévisionnel, par poste (€ TTC).
    public decimal ChargeFonciere { get; set; }
    public decimal CoutBatiment { get; set; }
    public decimal Honoraires { get; set; }
    public decimal Vrd { get; set; }

    // Dates clés.
    public DateOnly? DateDepot { get; set; }
    public DateOnly? DateDossierComplet { get; set; }
    public DateOnly? DateAgrement { get; set; }
    public DateOnly? DateOuvertureChantier { get; set; }
    public DateOnly? DateLivraison { get; set; }
    public DateOnly? DateMiseEnService { get; set; }

    /// <summary>Complétude mesurée au premier dépôt (indicateur du seed 000 : « taux de complétude au premier dépôt »).</summary>
    public decimal? CompletudeAuDepot { get; set; }

    /// <summary>Motif du dernier renvoi au bailleur ou de l'annulation.</summary>
    public string? Motif { get; set; }

    // Programmation pluriannuelle (seed 000, question 2).
    /// <summary>Année d'agrément visée (N, N+1, N+2).</summary>
    public int? AnneeProgrammation { get; set; }

    /// <summary>Mois d'agrément attendu (1 à 12).</summary>
    public int? MoisAgrementPrevu { get; set; }
    public bool FoncierMaitrise { get; set; }
    public EtatPermis Permis { get; set; }
    public bool FinancementBoucle { get; set; }

    public List<Lot> Lots { get; set; } = [];
    public List<LigneFinancement> Financements { get; set; } = [];
    public List<EvenementOperation> Evenements { get; set; } = [];

    public DateTimeOffset CreeeLe { get; set; }
    public DateTimeOffset ModifieeLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public int NombreLogements => Lots.Sum(l => l.NombreLogements);
    public decimal PrixDeRevient => ChargeFonciere + CoutBatiment + Honoraires + Vrd;
    public decimal TotalFinancements => Financements.Sum(f => f.Montant);

    /// <summary>Plan de financement − prix de revient : 0 quand le plan est équilibré.</summary>
    public decimal EcartFinancement => TotalFinancements - PrixDeRevient;

    /// <summary>Le plan doit équilibrer le prix de revient au centime près, et il faut un prix de revient.</summary>
    public bool PlanEquilibre => PrixDeRevient > 0 && EcartFinancement == 0;

    public decimal SubventionEtat =>
        Financements.Where(f => f.Type == TypeFinancement.SubventionEtat).Sum(f => f.Montant);

    public PhaseOperation Phase => Statut.Phase();

    /// <summary>Lots et montants tels qu'ils sont maintenant : ce que l'on fige à chaque phase.</summary>
    public ContenuOperation Contenu() =>
        new(
            Nature,
            Adresse,
            Lots.OrderBy(l => l.Produit)
                .Select(l => new ContenuLot(
                    l.Produit,
                    l.NombreLogements,
                    l.T1,
                    l.T2,
                    l.T3,
                    l.T4,
                    l.T5,
                    l.T6,
                    l.SurfaceHabitable,
                    l.SurfaceAnnexes,
                    l.SurfaceUtile,
                    l.LoyerM2
                ))
                .ToList(),
            ChargeFonciere,
            CoutBatiment,
            Honoraires,
            Vrd,
            Financements
                .OrderBy(f => f.Type)
                .ThenBy(f => f.Financeur, StringComparer.Ordinal)
                .Select(f => new ContenuFinancement(f.Type, f.Financeur, f.Montant))
                .ToList()
        );
}

/// <summary>Un lot : les logements d'un produit dans une opération.</summary>
public sealed class Lot
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public required Produit Produit { get; set; }

    /// <summary>Nombre de logements ; la ventilation par typologie, quand elle est saisie, doit lui être égale.</summary>
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

    /// <summary>Date d'agrément du lot : un lot compte dans le mois de son agrément (contrat de l'API de lissage).</summary>
    public DateOnly? DateAgrement { get; set; }

    public int SommeTypologies => T1 + T2 + T3 + T4 + T5 + T6;

    /// <summary>Surface utile = SH + 50 % des annexes : l'assiette du loyer (DOMAIN §2).</summary>
    public decimal SurfaceUtile => SurfacesOperation.SurfaceUtile(SurfaceHabitable, SurfaceAnnexes);

    /// <summary>Loyer mensuel du lot entier (€), arrondi au centime.</summary>
    public decimal? LoyerMensuel =>
        LoyerM2 is decimal l ? Math.Round(l * SurfaceUtile, 2, MidpointRounding.AwayFromZero) : null;
}

public static class SurfacesOperation
{
    /// <summary>SU = SH + 50 % des surfaces annexes (arrêté du 9 mai 1995 modifié, surface utile des logements conventionnés).</summary>
    public static decimal SurfaceUtile(decimal surfaceHabitable, decimal surfaceAnnexes) =>
        Math.Round(surfaceHabitable + surfaceAnnexes * 0.5m, 2, MidpointRounding.AwayFromZero);
}

public enum TypeFinancement
{
    SubventionEtat = 0,
    SubventionEpci = 1,
    SubventionDepartement = 2,
    SubventionRegion = 3,
    SubventionCommune = 4,
    ActionLogement = 5,
    PretCdcPlai = 6,
    PretCdcPlus = 7,
    PretCdcPls = 8,
    PretCdcFoncier = 9,
    AutrePret = 10,
    FondsPropres = 11,
    Autre = 12,
}

public static class LibellesFinancement
{
    public static string Libelle(this TypeFinancement type) =>
        type switch
        {
            TypeFinancement.SubventionEtat => "Subvention de l'État",
            TypeFinancement.SubventionEpci => "Subvention de l'EPCI",
            TypeFinancement.SubventionDepartement => "Subvention du département",
            TypeFinancement.SubventionRegion => "Subvention de la région",
            TypeFinancement.SubventionCommune => "Subvention de la commune",
            TypeFinancement.ActionLogement => "Action Logement",
            TypeFinancement.PretCdcPlai => "Prêt CDC PLAI",
            TypeFinancement.PretCdcPlus => "Prêt CDC PLUS",
            TypeFinancement.PretCdcPls => "Prêt CDC PLS",
            TypeFinancement.PretCdcFoncier => "Prêt foncier CDC",
            TypeFinancement.AutrePret => "Autre prêt",
            TypeFinancement.FondsPropres => "Fonds propres du bailleur",
            _ => "Autre financement",
        };

    public static bool EstSubvention(this TypeFinancement type) => type <= TypeFinancement.SubventionCommune;
}

/// <summary>Une ligne du plan de financement.</summary>
public sealed class LigneFinancement
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public required TypeFinancement Type { get; set; }

    /// <summary>Nom du financeur quand il faut le préciser (« Nîmes Métropole », « Banque des Territoires »…).</summary>
    public string? Financeur { get; set; }
    public decimal Montant { get; set; }
}

public enum TypeEvenement
{
    Creation = 0,
    Transition = 1,
    Modification = 2,
    Document = 3,
    DemandeComplement = 4,
    ReponseComplement = 5,
    Difficulte = 6,
    Import = 7,
}

/// <summary>Un événement de la frise de l'opération : qui, quand, quoi.</summary>
public sealed class EvenementOperation
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public DateTimeOffset Quand { get; set; }
    public required TypeEvenement Type { get; set; }
    public required string Libelle { get; set; }
    public string? Detail { get; set; }
    public required string Auteur { get; set; }
}
