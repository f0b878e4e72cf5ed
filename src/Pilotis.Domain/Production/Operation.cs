namespace Pilotis.Domain.Production;

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

    /// <summary>
    /// Complétude mesurée au premier dépôt (indicateur du seed 000 : « taux de complétude au premier dépôt »).
    /// </summary>
    public decimal? CompletudeAuDepot { get; set; }

    /// <summary>Motif du dernier renvoi au bailleur ou de l'annulation.</summary>
    /// <summary>Longueur maximale du motif d'une transition : au-delà, la transition est refusée, le motif jamais
    /// coupé.</summary>
    public const int LongueurMotifMaximum = 1000;

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
