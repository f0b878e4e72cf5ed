using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Foncier;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Formation des élus et concertation de démonstration (fictives) dans le Gard : deux sessions tenues en 2026 avec
/// des élus de communes réelles inscrits, leur présence et leurs questionnaires, une session à venir ; des actions de
/// concertation sur des opérations de démonstration (certaines avant le permis, accueil contrasté). Après
/// <see cref="SemisProduction"/>, dont il lit les opérations.
/// </summary>
public sealed class SemisFormationEtConcertation(PilotisDbContext db)
{
    private const string Departement = "30";

    /// <summary>Élus inscrits (fictifs) : commune, nom, mandat, présent, note et commentaire.</summary>
    private static readonly (
        string Commune,
        string Nom,
        MandatElu Mandat,
        bool Present,
        int? Note,
        string? Avis
    )[] Elus1 =
    [
        ("30007", "Paul Fabre (fictif)", MandatElu.AdjointLogement, true, 5, "Très clair sur la cotation."),
        ("30189", "Nadia Benali (fictive)", MandatElu.AdjointLogement, true, 4, "Utile, un peu dense."),
        ("30028", "Jean Roussel (fictif)", MandatElu.Maire, true, 4, null),
        ("30032", "Marie Chabert (fictive)", MandatElu.ConseillerMunicipal, false, null, null),
        ("30334", "Luc Pellet (fictif)", MandatElu.Maire, true, 5, "À refaire pour les nouveaux conseillers."),
        ("30258", "Sonia Ferrand (fictive)", MandatElu.AdjointAutre, true, 3, "Plus d'exemples locaux."),
    ];

    private static readonly (
        string Commune,
        string Nom,
        MandatElu Mandat,
        bool Present,
        int? Note,
        string? Avis
    )[] Elus2 =
    [
        ("30007", "Élise Vidal (fictive)", MandatElu.Maire, true, 4, "Le rôle du maire en CALEOL est clair."),
        ("30341", "Karim Amrani (fictif)", MandatElu.AdjointLogement, true, 5, null),
        ("30202", "Hélène Brun (fictive)", MandatElu.ConseillerCommunautaire, true, 4, "Bons échanges."),
        ("30321", "Thomas Gaillard (fictif)", MandatElu.Maire, false, null, null),
        ("30243", "Anne Sabatier (fictive)", MandatElu.AdjointLogement, true, 2, "Trop théorique."),
    ];

    public async Task<int> ExecuterAsync(DateTimeOffset maintenant, CancellationToken ct = default)
    {
        if (await db.SessionsFormation.AnyAsync(ct))
            return 0;
        var codes = Elus1.Concat(Elus2).Select(e => e.Commune).Distinct().ToList();
        var lieux = await RequetesFoncier.LieuxAsync(db, codes, ct);
        if (lieux.Count == 0)
            return 0;
        var region = lieux.Values.First().RegionCode;
        var aujourdhui = DateOnly.FromDateTime(maintenant.UtcDateTime);
        var s1 = Session(
            new DateOnly(2026, 4, 16),
            "Nîmes, préfecture du Gard",
            ThemeFormation.Fondamentaux,
            "DDTM du Gard, service habitat (fictif)",
            30,
            region,
            maintenant
        );
        var s2 = Session(
            new DateOnly(2026, 6, 11),
            "Alès, pôle culturel et scientifique",
            ThemeFormation.DemandeEtAttributions,
            "ADIL du Gard (fictif)",
            25,
            region,
            maintenant
        );
        // La session à venir reste à venir quelle que soit la date du semis.
        var s3 = Session(
            aujourdhui.AddDays(45),
            "Bagnols-sur-Cèze, salle multiculturelle",
            ThemeFormation.ProductionEtFoncier,
            "DDTM du Gard et EPF Occitanie (fictif)",
            20,
            region,
            maintenant
        );
        db.SessionsFormation.AddRange(s1, s2, s3);
        await db.SaveChangesAsync(ct);
        var n = Inscrire(s1, Elus1, lieux, maintenant) + Inscrire(s2, Elus2, lieux, maintenant);
        if (lieux.TryGetValue("30028", out var bagnols))
            db.InscriptionsFormation.Add(
                Inscription(s3, bagnols, "Jean Roussel (fictif)", MandatElu.Maire, maintenant)
            );
        await db.SaveChangesAsync(ct);
        return n + await SemerConcertationAsync(aujourdhui, maintenant, ct);
    }

    private static SessionFormation Session(
        DateOnly date,
        string lieu,
        ThemeFormation theme,
        string formateur,
        int capacite,
        string region,
        DateTimeOffset maintenant
    ) =>
        new()
        {
            DepartementCode = Departement,
            RegionCode = region,
            Date = date,
            Lieu = lieu + " (démonstration)",
            Theme = theme,
            Formateur = formateur,
            Capacite = capacite,
            Demonstration = true,
            CreeeLe = maintenant,
            ModifieeLe = maintenant,
        };

    private int Inscrire(
        SessionFormation session,
        (string Commune, string Nom, MandatElu Mandat, bool Present, int? Note, string? Avis)[] elus,
        Dictionary<string, LieuCommune> lieux,
        DateTimeOffset maintenant
    )
    {
        var n = 0;
        foreach (var e in elus)
        {
            if (!lieux.TryGetValue(e.Commune, out var lieu))
                continue;
            var i = Inscription(session, lieu, e.Nom, e.Mandat, maintenant);
            (i.Present, i.Note, i.Commentaire) = (e.Present, e.Present ? e.Note : null, e.Present ? e.Avis : null);
            i.ReponduLe = i.Note is null ? null : maintenant;
            db.InscriptionsFormation.Add(i);
            n++;
        }
        return n;
    }

    private static InscriptionFormation Inscription(
        SessionFormation session,
        LieuCommune lieu,
        string nom,
        MandatElu mandat,
        DateTimeOffset maintenant
    ) =>
        new()
        {
            SessionId = session.Id,
            Nom = nom,
            Mandat = mandat,
            CommuneCode = lieu.Code,
            EpciSiren = lieu.EpciSiren,
            DepartementCode = lieu.DepartementCode,
            RegionCode = lieu.RegionCode,
            Courriel = $"{Adresse(nom)}.{lieu.Code}@mairie-fictive.fr",
            InscritLe = maintenant,
        };

    private static string Adresse(string nom) =>
        new string(
            nom.Split(" (")[0]
                .ToLowerInvariant()
                .Normalize(System.Text.NormalizationForm.FormD)
                .Where(c => c is >= 'a' and <= 'z' or ' ')
                .ToArray()
        ).Replace(' ', '.');

    /// <summary>Actions de concertation : type, jours avant le semis, phase, habitants, accueil, suites.</summary>
    private static readonly (
        TypeActionConcertation Type,
        int Jours,
        PhaseConcertation Phase,
        int Habitants,
        AcceptationConcertation Accueil,
        string Questions,
        string Issue
    )[] Actions =
    [
        (
            TypeActionConcertation.ReunionPublique,
            200,
            PhaseConcertation.AvantLePermis,
            45,
            AcceptationConcertation.Reservee,
            "Stationnement, hauteur des bâtiments.",
            "Un niveau en moins côté rue."
        ),
        (
            TypeActionConcertation.Courrier,
            150,
            PhaseConcertation.AvantLePermis,
            120,
            AcceptationConcertation.Favorable,
            "Calendrier des travaux.",
            "Lettre d'information trimestrielle."
        ),
        (
            TypeActionConcertation.ReunionPublique,
            120,
            PhaseConcertation.AvantLePermis,
            60,
            AcceptationConcertation.Opposee,
            "Craintes sur la circulation et l'école.",
            "Étude de trafic commandée."
        ),
        (
            TypeActionConcertation.Visite,
            90,
            PhaseConcertation.PendantLesTravaux,
            15,
            AcceptationConcertation.Favorable,
            "Loyers et attribution des logements.",
            "Réunion avec le bailleur."
        ),
        (
            TypeActionConcertation.EvenementChantier,
            60,
            PhaseConcertation.PendantLesTravaux,
            80,
            AcceptationConcertation.Favorable,
            "Date de livraison.",
            "Visite du logement témoin prévue."
        ),
        (
            TypeActionConcertation.ReunionPublique,
            30,
            PhaseConcertation.AvantLesTravaux,
            35,
            AcceptationConcertation.Reservee,
            "Nuisances du chantier.",
            "Horaires de chantier adaptés."
        ),
    ];

    private async Task<int> SemerConcertationAsync(DateOnly aujourdhui, DateTimeOffset maintenant, CancellationToken ct)
    {
        var bailleurs = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Demonstration && o.Type == TypeOrganisation.Bailleur && o.DepartementCode == Departement)
            .Select(o => o.Id)
            .ToListAsync(ct);
        var operations = (
            await db
                .Operations.AsNoTracking()
                .Where(o => bailleurs.Contains(o.BailleurId) && o.DepartementCode == Departement)
                .OrderBy(o => o.Id)
                .Select(o => new
                {
                    o.Id,
                    o.Statut,
                    o.BailleurId,
                })
                .Take(400)
                .ToListAsync(ct)
        ).Where(o => !o.Statut.EstSortie() && o.Statut >= StatutOperation.Transmise).ToList();
        // Des opérations de chaque bailleur de démonstration, à tour de rôle.
        var choisies = operations
            .GroupBy(o => o.BailleurId)
            .SelectMany(g => g.Take(3).Select((o, rang) => (o.Id, rang)))
            .OrderBy(x => x.rang)
            .Take(Actions.Length)
            .Select(x => x.Id)
            .ToList();
        for (var k = 0; k < choisies.Count; k++)
        {
            var a = Actions[k];
            db.ActionsConcertation.Add(
                new ActionConcertation
                {
                    OperationId = choisies[k],
                    Type = a.Type,
                    Date = aujourdhui.AddDays(-a.Jours),
                    Phase = a.Phase,
                    HabitantsRencontres = a.Habitants,
                    Acceptation = a.Accueil,
                    Questions = a.Questions,
                    Issue = a.Issue + " (démonstration)",
                    Demonstration = true,
                    CreeeLe = maintenant,
                    ModifieeLe = maintenant,
                }
            );
        }
        await db.SaveChangesAsync(ct);
        return choisies.Count;
    }
}
