using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Commun;
using Pilotis.Domain.Information;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Demonstration;

/// <summary>
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
