using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// L'attribution de démonstration, sur le parc déjà semé : conventions de réservation en flux des bailleurs fictifs
/// (contingent préfectoral de la DDETS, Action Logement, Nîmes Métropole, commune d'Alès), une année de logements
/// libérés (environ 4 % du parc), orientés selon les parts des conventions, et trois candidats désignés pour les plus
/// anciens. Déterministe ; ne sème rien si des logements à attribuer existent déjà, ou sans parc.
/// </summary>
public sealed class SemisAttribution(PilotisDbContext db)
{
    private const string NimesMetropole = "243000643";
    private const string AlesAgglo = "200066918";

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
        var epciParCommune = await db
            .Communes.AsNoTracking()
            .Where(c => c.DepartementCode == "30" && c.EpciSiren != null)
            .ToDictionaryAsync(c => c.Code, c => c.EpciSiren!, ct);
        var aleatoire = new Random(2026);
        var declares = new List<(LogementAAttribuer A, Logement L)>();
        foreach (var bailleur in bailleurs)
        {
            var parc = await db
                .Logements.AsNoTracking()
                .Where(l => l.BailleurId == bailleur.Id && l.Occupation != EtatOccupation.HorsLocation)
                .OrderBy(l => l.Id)
                .ToListAsync(ct);
            foreach (var logement in parc.Where((_, i) => i % UnLogementSur == 0))
                declares.Add((Declarer(logement, aleatoire, aujourdhui, maintenant), logement));
        }
        Orienter(declares, organisations, epciParCommune, aujourdhui, maintenant);
        db.LogementsAAttribuer.AddRange(declares.Select(d => d.A));
        await db.SaveChangesAsync(ct);
        await DesignerAsync(declares, aujourdhui, maintenant, ct);
        return declares.Count;
    }

    private static LogementAAttribuer Declarer(
        Logement logement,
        Random aleatoire,
        DateOnly aujourdhui,
        DateTimeOffset maintenant
    )
    {
        var disponibilite = aujourdhui.AddDays(aleatoire.Next(-330, 41));
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
    /// Les logements disponibles d'ici un mois sont orientés, dans l'ordre des disponibilités, vers le contingent dont
    /// le retard sur sa part est le plus grand (préfet 25 %, Action Logement 20 %, Nîmes Métropole 10 % sur son
    /// territoire) ; le reste revient au bailleur. Les exclus du flux restent au bailleur.
    /// </summary>
    private static void Orienter(
        List<(LogementAAttribuer A, Logement L)> declares,
        Dictionary<string, Organisation> organisations,
        Dictionary<string, string> epciParCommune,
        DateOnly aujourdhui,
        DateTimeOffset maintenant
    )
    {
        var prefet = organisations.GetValueOrDefault("DDETS du Gard — contingent préfectoral");
        var actionLogement = organisations.GetValueOrDefault("Action Logement Services — Gard");
        var nimes = organisations.GetValueOrDefault("CA de Nîmes Métropole");
        var parts = new List<(Organisation? Reservataire, Contingent Contingent, decimal Part, string? Epci)>
        {
            (prefet, Contingent.Prefet, 0.25m, null),
            (actionLogement, Contingent.ActionLogement, 0.20m, null),
            (nimes, Contingent.Collectivite, 0.10m, NimesMetropole),
        };
        foreach (var groupe in declares.GroupBy(d => d.L.BailleurId))
        {
            var orientes = new int[parts.Count];
            var vus = 0;
            foreach (var (a, l) in groupe.OrderBy(d => d.A.DateDisponibilite).ThenBy(d => d.L.Id))
            {
                if (a.DateDisponibilite > aujourdhui.AddDays(30))
                    continue;
                vus++;
                var choix = -1;
                var retardMax = 0m;
                for (var i = 0; i < parts.Count && a.DansLeFlux; i++)
                {
                    var (reservataire, _, part, epci) = parts[i];
                    if (
                        reservataire is null
                        || (epci is not null && epciParCommune.GetValueOrDefault(l.CommuneCode) != epci)
                    )
                        continue;
                    var retard = part * vus - orientes[i];
                    if (retard > retardMax)
                        (choix, retardMax) = (i, retard);
                }
                if (choix >= 0)
                {
                    orientes[choix]++;
                    a.ReservataireId = parts[choix].Reservataire!.Id;
                    a.Contingent = parts[choix].Contingent;
                }
                else if (a.ReservataireId is null)
                    a.Contingent = Contingent.Bailleur;
                a.Etape = EtapeAttribution.Oriente;
                a.OrienteLe = maintenant;
                a.ExplicationOrientation = "Orientation de démonstration selon les parts des conventions.";
            }
        }
    }

    /// <summary>
    /// Trois candidats désignés, dans l'ordre de la cotation, pour les logements orientés disponibles depuis plus de
    /// trois semaines ; les plus récents attendent leur désignation.
    /// </summary>
    private async Task DesignerAsync(
        List<(LogementAAttribuer A, Logement L)> declares,
        DateOnly aujourdhui,
        DateTimeOffset maintenant,
        CancellationToken ct
    )
    {
        foreach (var (a, l) in declares.Where(d => d.A.Etape == EtapeAttribution.Oriente))
        {
            if (a.DateDisponibilite > aujourdhui.AddDays(-21))
                continue;
            var candidats = await RequetesAttribution.CandidatsAsync(db, l, aujourdhui.Year, 3, ct);
            if (candidats.Count < ReglesDesignation.CandidatsMinimum)
                continue;
            var designePar = a.ReservataireId ?? l.BailleurId;
            await DesignationLogement.EnregistrerAsync(
                db,
                a.Id,
                candidats,
                ExceptionTroisCandidats.Aucune,
                designePar,
                maintenant,
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
