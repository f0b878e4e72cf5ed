using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// L'attribution de démonstration, sur le parc déjà semé : conventions de réservation en flux des bailleurs fictifs
/// (contingent préfectoral de la DDETS, Action Logement, Nîmes Métropole, commune d'Alès), une année de logements
/// libérés (environ 4 % du parc) orientés par le service du flux (<see cref="OrientationFlux"/>) sauf les plus récents,
/// et trois candidats désignés pour les plus anciens. Déterministe ; ne sème rien si des logements à attribuer existent
/// déjà, ou sans parc.
/// </summary>
public sealed class SemisAttribution(PilotisDbContext db)
{
    private const string NimesMetropole = "243000643";
    private const string AlesAgglo = "200066918";

    /// <summary>Un logement disponible depuis ce nombre de jours est déjà orienté dans la démonstration.</summary>
    private const int JoursAvantOrientation = 15;

    /// <summary>
    /// Un logement disponible depuis ce nombre de jours a déjà ses candidats ; entre les deux, les logements orientés
    /// attendent la désignation du réservataire ou du bailleur.
    /// </summary>
    private const int JoursAvantDesignation = 45;

    /// <summary>Part du parc libérée sur l'année (taux de rotation du parc social, autour de 8 % ; la moitié
    /// ici).</summary>
    private const int UnLogementSur = 25;

    public async Task<int> ExecuterAsync(DateTimeOffset maintenant, CancellationToken ct = default)
    {
        if (await db.LogementsAAttribuer.AnyAsync(ct) || !await db.Logements.AnyAsync(ct))
            return 0;
        var organisations = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Demonstration)
            .ToDictionaryAsync(o => o.Nom, ct);
        var bailleurs = organisations.Values.Where(o => o.Type == TypeOrganisation.Bailleur).ToList();
        await SemerConventionsAsync(organisations, bailleurs, maintenant, ct);
        var aujourdhui = DateOnly.FromDateTime(maintenant.UtcDateTime);
        var aleatoire = new Random(2026);
        var declares = new List<LogementAAttribuer>();
        foreach (var bailleur in bailleurs)
        {
            var parc = await db
                .Logements.AsNoTracking()
                .Where(l => l.BailleurId == bailleur.Id && l.Occupation != EtatOccupation.HorsLocation)
                .OrderBy(l => l.Id)
                .ToListAsync(ct);
            foreach (var logement in parc.Where((_, i) => i % UnLogementSur == 0))
                declares.Add(Declarer(logement, aleatoire, aujourdhui, maintenant));
        }
        // Les logements disponibles depuis deux semaines sont orientés par le service du flux, comme le ferait le
        // bailleur ; les plus récents attendent sur la page d'orientation, avec leur proposition.
        await MarquerVacantsAsync(declares, aujourdhui, maintenant, ct);
        var limite = aujourdhui.AddDays(-JoursAvantOrientation);
        db.LogementsAAttribuer.AddRange(declares.Where(a => a.DateDisponibilite <= limite));
        await db.SaveChangesAsync(ct);
        foreach (var bailleur in bailleurs)
        {
            foreach (var annee in declares.Select(a => a.DateDisponibilite.Year).Distinct().Order())
                await OrientationFlux.OrienterAnneeAsync(db, bailleur.Id, annee, ct);
        }
        db.LogementsAAttribuer.AddRange(declares.Where(a => a.DateDisponibilite > limite));
        await db.SaveChangesAsync(ct);
        await DesignerAsync(aujourdhui, maintenant, ct);
        await SemerGirAsync(organisations, maintenant, ct);
        return declares.Count;
    }

    /// <summary>
    /// Le locataire d'un logement disponible est parti : le bailleur le tient vacant au répertoire jusqu'au bail
    /// suivant (un logement occupé ne peut pas recevoir de bail, <see cref="ReglesCaleol.RefusBail"/>).
    /// </summary>
    private async Task MarquerVacantsAsync(
        List<LogementAAttribuer> declares,
        DateOnly aujourdhui,
        DateTimeOffset maintenant,
        CancellationToken ct
    )
    {
        var liberes = declares.Where(a => a.DateDisponibilite <= aujourdhui).Select(a => a.LogementId).ToHashSet();
        foreach (var logement in await db.Logements.Where(l => liberes.Contains(l.Id)).ToListAsync(ct))
        {
            logement.Occupation = EtatOccupation.Vacant;
            logement.ModifieLe = maintenant;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Le groupe inter-réservataires d'un programme engagé de Nîmes Métropole (seed 001, solution 11) : le bailleur
    /// et les réservataires de ses conventions partagent la liste des candidats des premières attributions.
    /// </summary>
    private async Task SemerGirAsync(
        Dictionary<string, Organisation> organisations,
        DateTimeOffset maintenant,
        CancellationToken ct
    )
    {
        var demonstration = organisations.Values.Select(o => o.Id).ToList();
        var programme = await db
            .Operations.AsNoTracking()
            .Where(o =>
                o.EpciSiren == NimesMetropole
                && demonstration.Contains(o.BailleurId)
                && o.Statut >= StatutOperation.Engagee
                && o.Statut <= StatutOperation.Soldee
            )
            .OrderBy(o => o.Id)
            .FirstOrDefaultAsync(ct);
        if (programme is null || await db.GroupesInterReservataires.AnyAsync(ct))
            return;
        var reservataires = await db
            .ConventionsFlux.Where(c => c.BailleurId == programme.BailleurId)
            .Select(c => c.ReservataireId)
            .Distinct()
            .ToListAsync(ct);
        db.GroupesInterReservataires.Add(
            new GroupeInterReservataires
            {
                EpciSiren = NimesMetropole,
                OperationId = programme.Id,
                Nom = $"GIR — {programme.Nom}",
                CreeLe = maintenant,
                Membres = reservataires
                    .Prepend(programme.BailleurId)
                    .Select(id => new MembreGir { OrganisationId = id })
                    .ToList(),
            }
        );
        await db.SaveChangesAsync(ct);
    }

    private static LogementAAttribuer Declarer(
        Logement logement,
        Random aleatoire,
        DateOnly aujourdhui,
        DateTimeOffset maintenant
    )
    {
        var disponibilite = aujourdhui.AddDays(aleatoire.Next(-420, 41));
        var tirage = aleatoire.Next(100);
        var exclusion = tirage switch
        {
            < 5 => MotifExclusionFlux.MutationInterne,
            < 7 => MotifExclusionFlux.RelogementAnru,
            _ => MotifExclusionFlux.Aucun,
        };
        var a = DeclarationDisponibilite.Creer(
            logement,
            OrigineDisponibilite.Liberation,
            disponibilite.AddDays(-60),
            disponibilite,
            exclusion,
            maintenant
        );
        // Déclaré au congé, six semaines avant la disponibilité (jamais dans le futur).
        var declare = new DateTimeOffset(disponibilite.AddDays(-45).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        a.DeclareLe = declare < maintenant ? declare : maintenant;
        if (a.DateConge > aujourdhui)
            a.DateConge = aujourdhui;
        return a;
    }

    /// <summary>
    /// Trois candidats désignés, dans l'ordre de la cotation, pour les logements orientés disponibles depuis plus de
    /// six semaines ; les plus récents attendent leur désignation.
    /// </summary>
    private async Task DesignerAsync(DateOnly aujourdhui, DateTimeOffset maintenant, CancellationToken ct)
    {
        var limite = aujourdhui.AddDays(-JoursAvantDesignation);
        var orientes = await (
            from a in db.LogementsAAttribuer.AsNoTracking()
            where a.Etape == EtapeAttribution.Oriente && a.DateDisponibilite <= limite
            join l in db.Logements.AsNoTracking() on a.LogementId equals l.Id
            orderby a.Id
            select new
            {
                a.Id,
                a.ReservataireId,
                a.DateDisponibilite,
                Logement = l,
            }
        ).ToListAsync(ct);
        foreach (var o in orientes)
        {
            // Désignés trois jours après la disponibilité, comme le ferait le réservataire : parmi les ménages dont la
            // demande était déjà déposée ce jour-là.
            var jour = o.DateDisponibilite.AddDays(3);
            var designe = new DateTimeOffset(jour.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            var candidats = (await RequetesAttribution.CandidatsAsync(db, o.Logement, aujourdhui.Year, 12, ct))
                .Where(c => c.Candidat.DateDepot <= jour)
                .Take(ReglesDesignation.CandidatsMinimum)
                .ToList();
            if (candidats.Count < ReglesDesignation.CandidatsMinimum)
                continue;
            await DesignationLogement.EnregistrerAsync(
                db,
                o.Id,
                candidats,
                ExceptionTroisCandidats.Aucune,
                o.ReservataireId ?? o.Logement.BailleurId,
                designe < maintenant ? designe : maintenant,
                ct
            );
        }
    }

    private async Task SemerConventionsAsync(
        Dictionary<string, Organisation> organisations,
        List<Organisation> bailleurs,
        DateTimeOffset maintenant,
        CancellationToken ct
    )
    {
        if (await db.ConventionsFlux.AnyAsync(ct))
            return;
        (string Nom, Contingent Contingent, decimal Part, decimal Agents, string? Territoires)[] modeles =
        [
            ("DDETS du Gard — contingent préfectoral", Contingent.Prefet, 25m, 5m, null),
            ("Action Logement Services — Gard", Contingent.ActionLogement, 20m, 0m, null),
            ("CA de Nîmes Métropole", Contingent.Collectivite, 10m, 0m, NimesMetropole),
            ("Commune d'Alès", Contingent.Collectivite, 3m, 0m, AlesAgglo),
        ];
        foreach (var bailleur in bailleurs)
        {
            foreach (var (nom, contingent, part, agents, territoires) in modeles)
            {
                if (!organisations.TryGetValue(nom, out var reservataire))
                    continue;
                db.ConventionsFlux.Add(
                    new ConventionFlux
                    {
                        BailleurId = bailleur.Id,
                        ReservataireId = reservataire.Id,
                        Contingent = contingent,
                        DepartementCode = "30",
                        PartFlux = part,
                        PartAgentsEtat = agents,
                        Territoires = territoires,
                        DateDebut = new DateOnly(2024, 1, 1),
                        DateFin = new DateOnly(2029, 12, 31),
                        Contrepartie =
                            contingent == Contingent.Prefet
                                ? "Contrepartie des aides de l'État (CCH R441-5)."
                                : "Garantie d'emprunt et subvention (fictives).",
                        ModalitesDesignation = "Trois candidats par logement, réponse sous quinze jours (fictif).",
                        Statut = StatutConvention.Signee,
                        SigneeLe = new DateOnly(2023, 11, 20),
                        ModifieLe = maintenant,
                    }
                );
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
