using Pilotis.Domain.Production;

namespace Pilotis.Domain.Tests.Production;

/// <summary>Operations built for the domain tests: complete, balanced, in the Gard.</summary>
internal static class OperationsTestData
{
    public static readonly DateOnly Aujourdhui = new(2026, 10, 15);

    public static Operation Complete(StatutOperation statut = StatutOperation.BrouillonCree, int bailleurId = 7) =>
        new()
        {
            Id = 1,
            Numero = "30-2026-0001",
            Nom = "Les Arènes",
            BailleurId = bailleurId,
            CommuneCode = "30189",
            EpciSiren = "243000643",
            DepartementCode = "30",
            RegionCode = "76",
            Adresse = "1 rue de la Paix",
            Nature = NatureOperation.Neuf,
            Statut = statut,
            ChargeFonciere = 100_000m,
            CoutBatiment = 800_000m,
            Honoraires = 80_000m,
            Vrd = 20_000m,
            FoncierMaitrise = true,
            Permis = EtatPermis.Obtenu,
            Lots =
            [
                new Lot
                {
                    Produit = Produit.Plai,
                    NombreLogements = 4,
                    T2 = 2,
                    T3 = 2,
                    SurfaceHabitable = 240m,
                    SurfaceAnnexes = 20m,
                    LoyerM2 = 5.8m,
                },
                new Lot
                {
                    Produit = Produit.Plus,
                    NombreLogements = 6,
                    T3 = 6,
                    SurfaceHabitable = 420m,
                    SurfaceAnnexes = 0m,
                    LoyerM2 = 6.5m,
                },
            ],
            Financements =
            [
                new LigneFinancement { Type = TypeFinancement.SubventionEtat, Montant = 100_000m },
                new LigneFinancement { Type = TypeFinancement.PretCdcPlus, Montant = 800_000m },
                new LigneFinancement { Type = TypeFinancement.FondsPropres, Montant = 100_000m },
            ],
        };

    /// <summary>A context where the file is complete (no requirement) and no request is open.</summary>
    public static ContexteTransitionOperation ContexteComplet(int demandesOuvertes = 0) =>
        new(new Completude([]), demandesOuvertes, Aujourdhui);

    /// <summary>A context where one mandatory document is missing.</summary>
    public static ContexteTransitionOperation ContexteIncomplet()
    {
        var exigence = new ExigenceDepot
        {
            DepartementCode = "30",
            Code = "permis_construire",
            Libelle = "Arrêté de permis de construire",
            Genre = GenreExigence.Document,
        };
        return new(new Completude([new ElementCompletude(exigence, false)]), 0, Aujourdhui);
    }
}
