using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Environ 150 opérations fictives des bailleurs de démonstration du Gard, programmées de 2022 à 2027, sur des communes
/// réelles : ruée de fin d'année les premières années, opérations en difficulté suivies en revue de projets,
/// dossiers incomplets avec des demandes de pièces, objectifs et enveloppes, liste de dépôt et calendrier.
/// Déterministe ; ne sème rien si des opérations existent déjà.
/// </summary>
public sealed class SemisProduction(PilotisDbContext db)
{
    public const int Nombre = 150;
    public const int PremiereAnnee = 2022;
    public const int DerniereAnnee = 2027;
    private const string Departement = "30";
    private const string NimesMetropole = "243000643";
    private const string AlesAgglo = "200066918";
    private const string Auteur = "Semis de démonstration";

    public async Task<int> ExecuterAsync(DateTimeOffset maintenant, CancellationToken ct = default)
    {
        if (await db.Operations.AnyAsync(ct))
            return 0;
        var bailleurs = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Demonstration && o.Type == TypeOrganisation.Bailleur && o.DepartementCode == Departement)
            .OrderBy(o => o.Siren)
            .Select(o => o.Id)
            .ToListAsync(ct);
        if (bailleurs.Count == 0)
            return 0;
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.DepartementCode == Departement && c.Type == TypeCommune.Actuelle && c.Population != null)
            .OrderBy(c => c.Code)
            .Select(c => new CommuneGeneree(c.Code, c.EpciSiren, c.DepartementCode, c.RegionCode, c.Population!.Value))
            .ToListAsync(ct);
        if (communes.Count == 0)
            return 0;

        var aujourdhui = DateOnly.FromDateTime(maintenant.UtcDateTime);
        var alea = new Random(3030);
        var operations = new GenerateurOperations(2026)
            .Generer(communes, bailleurs, Nombre, PremiereAnnee, DerniereAnnee, aujourdhui, maintenant)
            .ToList();
        OperationsEconomes.Ajuster(operations);
        foreach (var o in operations)
        {
            Chronologie(o, maintenant);
        }
        db.JournalDetailleSuspendu = true;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Operations.AddRange(operations);
        db.ExigencesDepot.AddRange(ExigencesParDefaut.Pour(Departement));
        db.EcheancesDepot.AddRange(EcheanceDepot.ParDefaut(Departement, aujourdhui.Year));
        db.EcheancesDepot.AddRange(EcheanceDepot.ParDefaut(Departement, aujourdhui.Year + 1));
        Objectifs(aujourdhui.Year, operations);
        Objectifs(aujourdhui.Year + 1, operations);
        await db.SaveChangesAsync(ct);

        foreach (var o in operations.Where(o => o.DateDepot is not null))
        {
            db.InstantanesOperation.Add(Instantane(o, PhaseOperation.Programmation, o.DateDepot!.Value, alea));
            if (o.DateAgrement is DateOnly agrement)
                db.InstantanesOperation.Add(Instantane(o, PhaseOperation.Agrement, agrement, null));
        }
        DemandesDePieces(operations, maintenant);
        await RevuesEtDifficultesAsync(operations, aujourdhui, maintenant, ct);
        db.Journaliser("Semis", "Operation", null, $"{operations.Count} opérations de démonstration du Gard semées");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.JournalDetailleSuspendu = false;
        return operations.Count;
    }

    private static void Chronologie(Operation o, DateTimeOffset maintenant)
    {
        void Evenement(DateOnly? date, TypeEvenement type, string libelle)
        {
            if (date is DateOnly d)
                o.Evenements.Add(
                    new EvenementOperation
                    {
                        Quand = new DateTimeOffset(d.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
                        Type = type,
                        Libelle = libelle,
                        Auteur = Auteur,
                    }
                );
        }
        var creation = o.DateDepot?.AddDays(-60) ?? DateOnly.FromDateTime(maintenant.UtcDateTime).AddDays(-30);
        o.CreeeLe = o.ModifieeLe = new DateTimeOffset(creation.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        Evenement(creation, TypeEvenement.Creation, "Opération créée");
        Evenement(o.DateDepot, TypeEvenement.Transition, "Dossier déposé auprès de l'instructeur");
        Evenement(o.DateDossierComplet, TypeEvenement.Transition, "Complétude validée");
        Evenement(o.DateAgrement, TypeEvenement.Transition, "Agrément (décision de subvention)");
        Evenement(o.DateOuvertureChantier, TypeEvenement.Transition, "Ouverture du chantier (ordre de service)");
        Evenement(o.DateLivraison, TypeEvenement.Transition, "Livraison");
        Evenement(o.DateMiseEnService, TypeEvenement.Transition, "Mise en service");
        if (o.Statut == StatutOperation.Annulee)
            Evenement(o.DateDepot ?? creation, TypeEvenement.Transition, "Opération annulée : " + o.Motif);
    }

    /// <summary>
    /// L'instantané de programmation diffère un peu de l'agrément : le coût a souvent glissé entre les deux.
    /// </summary>
    private static InstantaneOperation Instantane(Operation o, PhaseOperation phase, DateOnly date, Random? ecart)
    {
        var contenu = o.Contenu();
        if (ecart is not null && o.DateAgrement is not null)
        {
            var facteur = 1m - (ecart.Next(0, 8) / 100m);
            contenu = contenu with
            {
                CoutBatiment = Math.Round(contenu.CoutBatiment * facteur, 0),
                Financements = contenu
                    .Financements.Select(
                        (f, i) =>
                            i == contenu.Financements.Count - 1
                                ? f with
                                {
                                    Montant =
                                        f.Montant
                                        - (contenu.CoutBatiment - Math.Round(contenu.CoutBatiment * facteur, 0)),
                                }
                                : f
                    )
                    .ToList(),
            };
        }
        return new InstantaneOperation
        {
            OperationId = o.Id,
            Phase = phase,
            PrisLe = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
            Contenu = JsonSerializer.Serialize(contenu),
        };
    }

    private void Objectifs(int annee, List<Operation> operations)
    {
        foreach (var produit in Enum.GetValues<Produit>())
        {
            // Objectif départemental : un peu au-dessus du réalisé moyen, pour que l'écart se voie.
            var moyenne =
                operations
                    .Where(o => o.AnneeProgrammation is >= 2022 and <= 2025)
                    .SelectMany(o => o.Lots)
                    .Where(l => l.Produit == produit)
                    .Sum(l => l.NombreLogements) / 4;
            db.ObjectifsProgrammation.Add(
                new ObjectifProgrammation
                {
                    Annee = annee,
                    DepartementCode = Departement,
                    Produit = produit,
                    Logements = (int)(moyenne * 1.15) + 5,
                }
            );
        }
        db.EnveloppesProgrammation.Add(
            new EnveloppeProgrammation
            {
                Annee = annee,
                DepartementCode = Departement,
                Montant = 4_800_000m,
            }
        );
        db.EnveloppesProgrammation.Add(
            new EnveloppeProgrammation
            {
                Annee = annee,
                DepartementCode = Departement,
                EpciSiren = NimesMetropole,
                Montant = 1_900_000m,
            }
        );
    }

    private void DemandesDePieces(List<Operation> operations, DateTimeOffset maintenant)
    {
        foreach (
            var o in operations
                .Where(o => o.Statut is StatutOperation.ProgrammeeCompletudeInstructeur or StatutOperation.Transmise)
                .Take(6)
        )
        {
            db.DemandesComplement.Add(
                new DemandeComplement
                {
                    OperationId = o.Id,
                    Message = "Merci de joindre le bilan financier prévisionnel signé et le plan masse à jour.",
                    Pieces = "bilan_previsionnel,plan_situation",
                    DemandeeLe = maintenant.AddDays(-12),
                    DemandeePar = "Claire Martin (démo), DDTM du Gard",
                }
            );
            o.Evenements.Add(
                new EvenementOperation
                {
                    Quand = maintenant.AddDays(-12),
                    Type = TypeEvenement.DemandeComplement,
                    Libelle = "Demande de pièces de l'instructeur",
                    Auteur = Auteur,
                }
            );
        }
    }

    private async Task RevuesEtDifficultesAsync(
        List<Operation> operations,
        DateOnly aujourdhui,
        DateTimeOffset maintenant,
        CancellationToken ct
    )
    {
        var annee = aujourdhui.Year;
        var revues = RevuesDeLAnnee(annee, aujourdhui);
        db.RevuesProjets.AddRange(revues);
        await db.SaveChangesAsync(ct);

        // Difficultés : sur des opérations programmées non agréées ou récemment agréées des deux EPCI suivis.
        var candidates = operations
            .Where(o =>
                (o.EpciSiren == NimesMetropole || o.EpciSiren == AlesAgglo)
                && !o.Statut.EstSortie()
                && o.AnneeProgrammation >= annee - 1
            )
            .OrderBy(o => o.Numero, StringComparer.Ordinal)
            .Take(12)
            .ToList();
        Difficultes(candidates, revues, annee, aujourdhui, maintenant);
    }

    /// <summary>Trois revues par an pour chacun des deux EPCI suivis : tenues si leur date est passée.</summary>
    private static List<RevueProjets> RevuesDeLAnnee(int annee, DateOnly aujourdhui)
    {
        var revues = new List<RevueProjets>();
        foreach (var epci in new[] { NimesMetropole, AlesAgglo })
        {
            for (var numero = 1; numero <= RevueProjets.ParAn; numero++)
            {
                var date = new DateOnly(annee, numero * 4 - 1, 15);
                revues.Add(
                    new RevueProjets
                    {
                        EpciSiren = epci,
                        DepartementCode = Departement,
                        Annee = annee,
                        Numero = numero,
                        Date = date,
                        Statut = date < aujourdhui ? StatutRevue.Tenue : StatutRevue.Preparation,
                        CompteRendu =
                            date < aujourdhui
                                ? "Revue tenue avec l'EPCI, les bailleurs et la DDTM. Relevé de décisions ci-dessous."
                                : null,
                    }
                );
            }
        }
        return revues;
    }

    private void Difficultes(
        List<Operation> candidates,
        List<RevueProjets> revues,
        int annee,
        DateOnly aujourdhui,
        DateTimeOffset maintenant
    )
    {
        var categories = Enum.GetValues<CategorieBlocage>();
        string[] descriptions =
        [
            "Promesse de vente caduque, négociation en cours avec le propriétaire.",
            "Recours d'un riverain contre le permis de construire, audience attendue.",
            "Écart de financement d'environ 180 000 € après l'appel d'offres travaux.",
            "Terrain partiellement en zone rouge du PPRI : étude hydraulique demandée.",
            "Opposition d'une association de quartier, réunion publique à organiser.",
            "Le promoteur a suspendu la commercialisation du programme VEFA.",
            "Raccordement aux réseaux non programmé par le concessionnaire.",
        ];
        for (var i = 0; i < candidates.Count; i++)
        {
            var o = candidates[i];
            var categorie = categories[i % categories.Length];
            var signalee = new DateOnly(annee, 1 + (i % 9), 5);
            var difficulte = new Difficulte
            {
                OperationId = o.Id,
                Categorie = categorie,
                Description = descriptions[i % descriptions.Length],
                SignaleeLe = signalee,
                SignaleePar = "Sofia Roux (démo), CA de Nîmes Métropole",
            };
            Suivre(difficulte, revues, o.EpciSiren, signalee, i, aujourdhui, maintenant);
            db.Difficultes.Add(difficulte);
            o.Evenements.Add(
                new EvenementOperation
                {
                    Quand = new DateTimeOffset(signalee.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero),
                    Type = TypeEvenement.Difficulte,
                    Libelle = $"Difficulté signalée : {categorie.Libelle()}",
                    Auteur = Auteur,
                }
            );
        }
    }

    /// <summary>
    /// Le suivi en première revue tenue après le signalement ; une sur quatre remontée, une sur trois résolue.
    /// </summary>
    private static void Suivre(
        Difficulte difficulte,
        List<RevueProjets> revues,
        string? epci,
        DateOnly signalee,
        int i,
        DateOnly aujourdhui,
        DateTimeOffset maintenant
    )
    {
        var revue = revues
            .Where(r => r.EpciSiren == epci && r.Statut == StatutRevue.Tenue && r.Date >= signalee)
            .OrderBy(r => r.Date)
            .FirstOrDefault();
        if (revue is not null)
        {
            difficulte.Suivis.Add(
                new SuiviDifficulte
                {
                    RevueProjetsId = revue.Id,
                    Decision = "Point examiné en revue : la DDTM réunit les parties.",
                    Action = "Réunion tripartite commune, bailleur, DDTM",
                    Responsable = "DDTM du Gard",
                    Echeance = revue.Date.AddDays(45),
                    Faite = i % 2 == 0,
                    CreeLe = maintenant,
                    Auteur = Auteur,
                }
            );
            if (i % 4 == 1)
                difficulte.EscaladeeLe = revue.Date.AddDays(7);
            if (i % 3 == 0)
            {
                difficulte.ResolueLe = revue.Date.AddDays(60) < aujourdhui ? revue.Date.AddDays(60) : aujourdhui;
                difficulte.Resolution = "Blocage levé après la réunion tripartite.";
            }
        }
    }
}
