using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Foncier;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Domain.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Commun;
using Pilotis.Domain.Information;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Formation des élus et concertation de démonstration (fictives) dans le Gard : deux sessions tenues en 2026 avec
/// des élus de communes réelles inscrits, leur présence et leurs questionnaires, une session à venir ; des actions de
/// concertation sur des opérations de démonstration (certaines avant le permis, accueil contrasté). Après
/// <see cref="SemisProduction"/>, dont il lit les opérations.
/// </summary>
public sealed class SemisInformation(PilotisDbContext db)
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
/// Annuaire et page publique de démonstration (fictifs) : des référents nommés pour les organisations de démonstration
/// du Gard (DDTM, Nîmes Métropole, Alès Agglomération, bailleurs, communes…), dont certains non confirmés depuis plus
/// de douze mois ; la page d'Alès publiée avec son texte ; des visites sur les mois écoulés. Après
/// <see cref="SemisDemonstration"/>, dont il lit les organisations.
/// </summary>
public sealed class SemisInformation(PilotisDbContext db)
{
    public const string Ales = "30007";

    /// <summary>Organisation, thème, nom, fonction, disponibilités, publique, mois depuis la confirmation.</summary>
    private static readonly (
        string Organisation,
        ThemeReferent Theme,
        string Nom,
        string Fonction,
        string Dispo,
        bool Public,
        int Mois
    )[] Fiches =
    [
        (
            "DDTM du Gard — service habitat",
            ThemeReferent.Production,
            "Anne Roussel (fictive)",
            "Cheffe du pôle financement du logement",
            "lundi au jeudi",
            true,
            2
        ),
        (
            "DDTM du Gard — service habitat",
            ThemeReferent.Sru,
            "Bruno Lefèvre (fictif)",
            "Référent SRU et carence",
            "mardi et jeudi matin",
            true,
            3
        ),
        (
            "DDTM du Gard — service habitat",
            ThemeReferent.Attribution,
            "Chloé Garnier (fictive)",
            "Chargée des attributions",
            "lundi et mercredi",
            false,
            4
        ),
        (
            "DDTM du Gard — service habitat",
            ThemeReferent.Financement,
            "Anne Roussel (fictive)",
            "Cheffe du pôle financement du logement",
            "lundi au jeudi",
            false,
            2
        ),
        (
            "DDTM du Gard — service habitat",
            ThemeReferent.InformationPublic,
            "Accueil habitat (fictif)",
            "Accueil du public",
            "du lundi au vendredi, 9 h – 12 h",
            true,
            1
        ),
        (
            "CA de Nîmes Métropole",
            ThemeReferent.Production,
            "David Mercier (fictif)",
            "Chef de projet PLH",
            "mardi et vendredi",
            true,
            5
        ),
        (
            "CA de Nîmes Métropole",
            ThemeReferent.Demande,
            "Émilie Faure (fictive)",
            "Service d'accueil des demandeurs",
            "du lundi au vendredi matin",
            true,
            14
        ),
        (
            "CA de Nîmes Métropole",
            ThemeReferent.Attribution,
            "Fabien Colin (fictif)",
            "Chargé de la CIL et de la CIA",
            "jeudi",
            false,
            15
        ),
        (
            "CA Alès Agglomération",
            ThemeReferent.Production,
            "Gaëlle Pons (fictive)",
            "Responsable habitat",
            "lundi et mardi",
            true,
            6
        ),
        (
            "CA Alès Agglomération",
            ThemeReferent.Demande,
            "Hélène Boyer (fictive)",
            "Maison de l'habitat d'Alès",
            "du mardi au samedi matin",
            true,
            6
        ),
        (
            "CA Alès Agglomération",
            ThemeReferent.Foncier,
            "Ivan Rey (fictif)",
            "Chargé de mission foncier",
            "mercredi",
            false,
            16
        ),
        (
            "Commune d'Alès",
            ThemeReferent.Sru,
            "Julien Michel (fictif)",
            "Directeur de l'urbanisme",
            "mardi et jeudi matin",
            false,
            3
        ),
        (
            "Commune d'Alès",
            ThemeReferent.InformationPublic,
            "Karine Aubert (fictive)",
            "Accueil logement de la mairie",
            "lundi, mercredi et vendredi",
            true,
            3
        ),
        (
            "Commune d'Alès",
            ThemeReferent.Attribution,
            "Élise Vidal (fictive)",
            "Adjointe au logement",
            "sur rendez-vous",
            false,
            3
        ),
        (
            "Commune de Nîmes",
            ThemeReferent.Sru,
            "Laurent Barbier (fictif)",
            "Chef du service habitat",
            "mardi",
            false,
            13
        ),
        (
            "Commune de Nîmes",
            ThemeReferent.InformationPublic,
            "Accueil logement de Nîmes (fictif)",
            "Accueil du public",
            "du lundi au vendredi",
            true,
            13
        ),
        (
            "Garrigues Habitat (OPH fictif)",
            ThemeReferent.Production,
            "Marion Leclerc (fictive)",
            "Directrice du développement",
            "lundi au vendredi",
            false,
            2
        ),
        (
            "Garrigues Habitat (OPH fictif)",
            ThemeReferent.Caleol,
            "Nicolas Guerin (fictif)",
            "Secrétaire de la CALEOL",
            "jeudi après-midi",
            false,
            2
        ),
        (
            "Garrigues Habitat (OPH fictif)",
            ThemeReferent.Demande,
            "Agence de Nîmes (fictive)",
            "Enregistrement des demandes",
            "du lundi au vendredi",
            true,
            2
        ),
        (
            "Cévennes Logis (ESH fictive)",
            ThemeReferent.Attribution,
            "Océane Perrin (fictive)",
            "Responsable des attributions",
            "mardi et jeudi",
            false,
            18
        ),
        (
            "Action Logement Services — Gard",
            ThemeReferent.Attribution,
            "Pierre Roche (fictif)",
            "Conseiller entreprises",
            "lundi au jeudi",
            false,
            7
        ),
        (
            "Banque des Territoires — Gard",
            ThemeReferent.Financement,
            "Quentin Arnaud (fictif)",
            "Chargé de développement territorial",
            "mercredi",
            false,
            9
        ),
        (
            "EPF Occitanie",
            ThemeReferent.Foncier,
            "Rose Lambert (fictive)",
            "Chargée d'opérations foncières Gard",
            "lundi et mardi",
            false,
            20
        ),
    ];

    private const string TexteAles =
        "Alès accompagne chaque habitant dans sa recherche de logement : l'accueil logement de la mairie vous aide à "
        + "déposer votre demande et à la renouveler chaque année.\n\n"
        + "Permanences sans rendez-vous le lundi, le mercredi et le vendredi matin à l'hôtel de ville "
        + "(texte de démonstration, fictif).";

    /// <summary>Sème les fiches, la page d'Alès et les visites ; rend le nombre de fiches semées (0 : déjà
    /// fait).</summary>
    public async Task<int> ExecuterAsync(DateTimeOffset maintenant, CancellationToken ct = default)
    {
        if (await db.Referents.AnyAsync(ct))
            return 0;
        var organisations = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Demonstration)
            .ToDictionaryAsync(o => o.Nom, o => o, ct);
        if (organisations.Count == 0)
            return 0;
        var aujourdhui = Francais.JourAParis(maintenant);
        var semees = 0;
        db.JournalDetailleSuspendu = true;
        try
        {
            foreach (var f in Fiches.Where(f => organisations.ContainsKey(f.Organisation)))
            {
                var organisation = organisations[f.Organisation];
                var fiche = new Referent
                {
                    OrganisationId = organisation.Id,
                    Theme = f.Theme,
                    Nom = f.Nom,
                    Fonction = f.Fonction,
                    Courriel = Courriel(f.Nom),
                    Telephone = $"04 66 00 {10 + semees:00} {20 + semees:00}",
                    Disponibilite = f.Dispo,
                    Visibilite = f.Public ? VisibiliteReferent.Public : VisibiliteReferent.Connectes,
                    ConfirmeLe = aujourdhui.AddMonths(-f.Mois),
                    ModifieLe = maintenant,
                };
                fiche.CleRecherche = TexteRecherche.Normaliser($"{fiche.Nom} {fiche.Fonction} {organisation.Nom}");
                db.Referents.Add(fiche);
                semees++;
            }
            await SemerPageAlesAsync(aujourdhui, maintenant, ct);
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.JournalDetailleSuspendu = false;
        }
        return semees;
    }

    /// <summary>Une adresse fictive sur un domaine réservé à la démonstration.</summary>
    private static string Courriel(string nom)
    {
        var cle = TexteRecherche.Normaliser(
            nom.Replace("(fictif)", "", StringComparison.Ordinal).Replace("(fictive)", "", StringComparison.Ordinal)
        );
        return cle.Replace(' ', '.') + "@demo.pilotis.fr";
    }

    private async Task SemerPageAlesAsync(DateOnly aujourdhui, DateTimeOffset maintenant, CancellationToken ct)
    {
        if (!await db.Communes.AnyAsync(c => c.Code == Ales && c.Type == TypeCommune.Actuelle, ct))
            return;
        db.PagesCommunes.Add(
            new PageCommune
            {
                CommuneCode = Ales,
                Texte = TexteAles,
                Publiee = true,
                PublieeLe = aujourdhui.AddMonths(-5),
                ModifieLe = maintenant,
            }
        );
        // Quelques visites sur les six derniers mois, pour Alès et Nîmes (page non publiée, mais visitée).
        for (var i = 1; i <= 6; i++)
        {
            var mois = aujourdhui.AddMonths(-i);
            db.VisitesPagesCommunes.Add(
                new VisitesPageCommune
                {
                    CommuneCode = Ales,
                    Annee = mois.Year,
                    Mois = mois.Month,
                    Visites = 150 + (i * 37),
                }
            );
            db.VisitesPagesCommunes.Add(
                new VisitesPageCommune
                {
                    CommuneCode = "30189",
                    Annee = mois.Year,
                    Mois = mois.Month,
                    Visites = 40 + (i * 11),
                }
            );
        }
    }
}
