using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Démonstration de la CALEOL (CCH L441-2, R441-9) : une commission par bailleur de démonstration (membres aux noms
/// fictifs, siège du maire de Nîmes ou d'Alès, représentant du préfet, président de l'EPCI), une année de séances
/// passées décidées jusqu'au bail, des séances à venir, et les logements du bailleur dont les candidats sont désignés
/// inscrits aux séances à venir. Ne fait rien
/// sans bailleur de démonstration ; n'inscrit rien quand le parc et les logements à attribuer ne sont pas semés.
/// Idempotent : une commission déjà semée n'est pas refaite. À appeler depuis le semis de démonstration une fois le
/// parc et les logements libérés semés.
/// </summary>
public sealed class SemisCaleol(PilotisDbContext db)
{
    /// <summary>SIREN de Nîmes Métropole et d'Alès Agglomération : territoire de chaque commission.</summary>
    private static readonly (string Commune, string Maire, string Epci)[] Sieges =
    [
        ("30189", "Mme Hélène Aubanel (adjointe au maire de Nîmes, fictive)", "243000643"),
        ("30007", "M. Julien Castanier (adjoint au maire d'Alès, fictif)", "200066918"),
    ];

    /// <summary>Sème ; rend le nombre de commissions créées.</summary>
    public async Task<int> ExecuterAsync(DateTimeOffset maintenant, CancellationToken ct = default)
    {
        var bailleurs = await db
            .Organisations.Where(o => o.Demonstration && o.Type == TypeOrganisation.Bailleur && o.Active)
            .OrderBy(o => o.Id)
            .ToListAsync(ct);
        var crees = 0;
        for (var i = 0; i < bailleurs.Count; i++)
        {
            var bailleur = bailleurs[i];
            if (await db.CommissionsCaleol.AnyAsync(c => c.BailleurId == bailleur.Id, ct))
                continue;
            var siege = Sieges[i % Sieges.Length];
            var commission = Commission(bailleur, siege);
            db.CommissionsCaleol.Add(commission);
            await db.SaveChangesAsync(ct);
            var seances = Seances(commission.Id, bailleur.Nom, maintenant);
            db.SeancesCaleol.AddRange(seances);
            await db.SaveChangesAsync(ct);
            var passees = seances.Where(s => s.Date <= maintenant).ToList();
            await new SemisSeancesPassees(db, maintenant).ExecuterAsync(bailleur.Id, passees, ct);
            // Une séance passée sans logement à examiner est close sans ordre du jour.
            foreach (var seance in passees.Where(s => !s.Close))
                seance.Close = true;
            await db.SaveChangesAsync(ct);
            await InscrireAsync(bailleur.Id, seances.Where(s => s.Date > maintenant).ToList(), ct);
            crees++;
        }
        return crees;
    }

    private static CommissionCaleol Commission(Organisation bailleur, (string Commune, string Maire, string Epci) s) =>
        new()
        {
            BailleurId = bailleur.Id,
            Nom = $"CALEOL de {bailleur.Nom}",
            TerritoireCode = s.Epci,
            Quorum = 3,
            VoixPreponderante = QualiteMembreCaleol.Maire,
            Membres =
            [
                new()
                {
                    Nom = "Mme Sylvie Arnal (administratrice, fictive)",
                    Qualite = QualiteMembreCaleol.AdministrateurBailleur,
                },
                new()
                {
                    Nom = "M. Thomas Bonnet (administrateur, fictif)",
                    Qualite = QualiteMembreCaleol.AdministrateurBailleur,
                },
                new()
                {
                    Nom = "Mme Agnès Coste (représentante des locataires, fictive)",
                    Qualite = QualiteMembreCaleol.RepresentantLocataires,
                },
                new()
                {
                    Nom = s.Maire,
                    Qualite = QualiteMembreCaleol.Maire,
                    CommuneCode = s.Commune,
                },
                new()
                {
                    Nom = "M. Olivier Deleuze (représentant du préfet, fictif)",
                    Qualite = QualiteMembreCaleol.Prefet,
                },
                new()
                {
                    Nom = "Mme Claire Espaze (représentante du président de l'EPCI, fictive)",
                    Qualite = QualiteMembreCaleol.PresidentEpci,
                },
                new()
                {
                    Nom = "Action Logement Services (voix consultative)",
                    Qualite = QualiteMembreCaleol.ReservataireConsultatif,
                },
            ],
        };

    /// <summary>
    /// Une séance toutes les quatre semaines depuis plus d'un an (ouvertes ici, closes par
    /// <see cref="SemisSeancesPassees"/> une fois décidées) et trois à venir, un mardi sur deux, à 14 h.
    /// </summary>
    private static List<SeanceCaleol> Seances(int commissionId, string bailleur, DateTimeOffset maintenant)
    {
        var seances = new List<SeanceCaleol>();
        var passees = Enumerable.Range(0, 15).Select(i => -58 + 4 * i);
        foreach (var semaines in passees.Concat([1, 3, 5]))
        {
            var jour = maintenant.Date.AddDays(7 * semaines);
            jour = jour.AddDays(((int)DayOfWeek.Tuesday - (int)jour.DayOfWeek + 7) % 7).AddHours(14);
            var locale = DateTime.SpecifyKind(jour, DateTimeKind.Unspecified);
            seances.Add(
                new SeanceCaleol
                {
                    CommissionId = commissionId,
                    // PostgreSQL n'écrit que des instants UTC.
                    Date = new DateTimeOffset(locale, Francais.FuseauParis.GetUtcOffset(locale)).ToUniversalTime(),
                    Lieu = $"Siège de {bailleur}, salle du conseil",
                }
            );
        }
        return seances;
    }

    /// <summary>Les logements du bailleur dont les candidats sont désignés, répartis sur les séances à venir.</summary>
    private async Task InscrireAsync(int bailleurId, List<SeanceCaleol> aVenir, CancellationToken ct)
    {
        if (aVenir.Count == 0)
            return;
        var prets = await (
            from la in db.LogementsAAttribuer
            join l in db.Logements on la.LogementId equals l.Id
            where l.BailleurId == bailleurId && la.Etape == EtapeAttribution.CandidatsDesignes
            orderby la.DateDisponibilite
            select la
        )
            .Take(aVenir.Count * 4)
            .ToListAsync(ct);
        var candidats = await db
            .Designations.Where(d => prets.Select(p => p.Id).Contains(d.LogementAAttribuerId))
            .GroupBy(d => d.LogementAAttribuerId)
            .Select(g => new { g.Key, Nombre = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Nombre, ct);
        var n = 0;
        foreach (var la in prets)
        {
            var contexte = new ContexteTransitionAttribution(candidats.GetValueOrDefault(la.Id));
            if (
                TransitionsAttribution.Appliquer(
                    la,
                    ActionAttribution.InscrireEnCommission,
                    ActeurAttribution.Bailleur,
                    contexte
                )
                is not null
            )
                continue;
            var seance = aVenir[n++ % aVenir.Count];
            db.InscriptionsSeance.Add(new InscriptionSeance { SeanceId = seance.Id, LogementAAttribuerId = la.Id });
        }
        await db.SaveChangesAsync(ct);
    }
}
