using U = Pilotis.Domain.Information.UnitesIndicateur;

namespace Pilotis.Domain.Information;

/// <summary>
/// La feuille de route du Gard (seed 001, III et son tableau de phasage ; DOMAIN §9) : les 11 solutions locales, leur
/// axe, leur pilote, leur calendrier et les indicateurs de réussite que Pilotis calcule depuis ses modules. Les codes
/// sont ceux de l'API publique ; les indicateurs des solutions 6 à 9 sont fournis par leurs modules (formations,
/// concertation, page publique des communes, annuaire) dès qu'ils existent.
/// </summary>
public static class FeuilleDeRoute
{
    private const string Axe1 = "Travailler en mode projet";
    private const string Axe2 = "Simplifier l'accès à l'information en matière de financement";
    private const string Axe3 = "Mobiliser les options en matière de foncier";
    private const string Axe4 = "Former / Informer";
    private const string Axe5 = "Attribution : mieux utiliser les outils existants";

    public static readonly IReadOnlyList<SolutionFeuilleDeRoute> Solutions =
    [
        new(
            1,
            1,
            Axe1,
            "Mettre en place des réunions de projet opérationnelles à l'échelle de l'EPCI",
            "État (organisation et animation) avec l'appui des EPCI",
            "3 fois par an dès 2025",
            [
                new(
                    "S1-OPERATIONS-EXAMINEES",
                    "Opérations examinées en revue de projets",
                    U.Nombre,
                    "/revues/difficultes"
                ),
                new(
                    "S1-OPERATIONS-REUSSIES",
                    "Opérations examinées qui aboutissent (agrément, chantier ou livraison)",
                    U.Nombre,
                    "/revues/rapport-cdhh"
                ),
            ]
        ),
        new(
            2,
            2,
            Axe2,
            "Mobiliser les financeurs autour de la plateforme aides-territoires",
            "État local / national avec l'appui de l'ADHL",
            "Dès fin 2024",
            [
                new("S2-AIDES-LOCALES", "Aides locales ouvertes dans l'année au catalogue", U.Nombre, "/aides"),
                new(
                    "S2-FINANCEURS-LOCAUX",
                    "Financeurs locaux qui publient au moins une aide",
                    U.Nombre,
                    "/aides/indicateurs"
                ),
            ]
        ),
        new(
            3,
            2,
            Axe2,
            "Améliorer l'usage d'aides-territoires à destination du logement social",
            "Groupe de travail piloté par l'État avec les bailleurs",
            "2025",
            [
                new("S3-RECHERCHES-MOIS", "Recherches d'aides par mois", U.RecherchesParMois, "/aides/indicateurs"),
                new("S3-AVIS-UTILE", "Retours « cette aide m'a été utile »", U.Nombre, "/aides/indicateurs"),
            ]
        ),
        new(
            4,
            3,
            Axe3,
            "Renforcer la mise en œuvre des outils fonciers existants",
            "Pilotage communal",
            "En continu",
            [
                new(
                    "S4-OUTILS-FONCIERS",
                    "Outils fonciers en vigueur (ZAD, DPU, SMS, OAP, portage…)",
                    U.Nombre,
                    "/foncier/outils"
                ),
                new(
                    "S4-COMMUNES-OUTILLEES",
                    "Communes dotées d'au moins un outil foncier",
                    U.Nombre,
                    "/foncier/outils"
                ),
            ]
        ),
        new(
            5,
            3,
            Axe3,
            "Porter l'enjeu du suivi du foncier à l'échelle des EPCI",
            "EPCI (observatoire du PLH) avec l'appui de l'État, de l'EPF et des agences d'urbanisme",
            "En continu",
            [
                new(
                    "S5-LOGEMENTS-POTENTIELS",
                    "Logements potentiels identifiés sur les gisements fonciers",
                    U.Logements,
                    "/foncier"
                ),
                new(
                    "S5-LOGEMENTS-REALISES",
                    "Logements en opération ou construits sur du foncier identifié",
                    U.Logements,
                    "/foncier"
                ),
            ]
        ),
        new(
            6,
            4,
            Axe4,
            "Former les élus en début de mandat",
            "Copilotage AMF / services de l'État",
            "Objectif 2026",
            [
                new(
                    "S6-ELUS-FORMES",
                    "Communes ayant un élu formé depuis le début du mandat",
                    U.Pourcentage,
                    "/formations"
                ),
                new("S6-SATISFACTION", "Satisfaction des élus formés", U.SurCinq, "/formations"),
            ]
        ),
        new(
            7,
            4,
            Axe4,
            "Développer l'information et la concertation en amont des projets",
            "Démarche coordonnée commune / porteur de projet",
            "En continu sur tous les projets",
            [
                new("S7-HABITANTS-RENCONTRES", "Habitants rencontrés", U.Nombre, "/concertations"),
                new(
                    "S7-CONCERTATION-AVANT-PERMIS",
                    "Opérations concertées avant le permis",
                    U.Pourcentage,
                    "/concertations"
                ),
            ]
        ),
        new(
            8,
            4,
            Axe4,
            "Créer une rubrique d'information générique sur les sites internet des collectivités",
            "Communes et EPCI",
            "Dès que possible",
            [
                new(
                    "S8-COMMUNES-PUBLIANT",
                    "Communes qui publient la page d'information",
                    U.Nombre,
                    "/communes/indicateurs"
                ),
                new(
                    "S8-VISITES-MOIS",
                    "Visites de la page d'information par mois",
                    U.VisitesParMois,
                    "/communes/indicateurs"
                ),
            ]
        ),
        new(
            9,
            4,
            Axe4,
            "Créer un annuaire ressources et des points de contact clés en matière de logement social",
            "Groupe de travail piloté par la DDTM",
            "2025",
            [
                new(
                    "S9-EXHAUSTIVITE",
                    "Exhaustivité de l'annuaire (référents par thème attendu)",
                    U.Pourcentage,
                    "/annuaire/indicateurs"
                ),
                new(
                    "S9-A-JOUR",
                    "Entrées de l'annuaire confirmées dans l'année",
                    U.Pourcentage,
                    "/annuaire/indicateurs"
                ),
            ]
        ),
        new(
            10,
            5,
            Axe5,
            "Faire émerger les besoins des élus en termes d'attributions",
            "EPCI (CIL) avec l'appui des acteurs locaux",
            "En continu selon le calendrier des CIL",
            [
                new(
                    "S10-PARTICIPATION-CIL",
                    "Communes membres représentées en CIL",
                    U.Pourcentage,
                    "/attributions/reforme"
                ),
                new(
                    "S10-COMMUNES-BESOINS",
                    "Communes ayant exprimé leurs besoins à la CIL",
                    U.Nombre,
                    "/attributions/cil/besoins"
                ),
            ]
        ),
        new(
            11,
            5,
            Axe5,
            "Mieux informer et impliquer les élus dans le processus d'attribution",
            "Partagé : EPCI, bailleurs, communes (primo-attributions) ; bailleurs (réattributions)",
            "En continu",
            [
                new("S11-GIR-CREES", "Groupes inter-réservataires (GIR) créés", U.Nombre, "/attribution/gir"),
                new(
                    "S11-CALEOL-MAIRES",
                    "Séances de CALEOL tenues avec le maire ou son représentant",
                    U.Pourcentage,
                    "/caleol/commissions"
                ),
            ]
        ),
    ];

    /// <summary>Tous les indicateurs, par code.</summary>
    public static readonly IReadOnlyDictionary<string, IndicateurFeuilleDeRoute> Indicateurs = Solutions
        .SelectMany(s => s.Indicateurs)
        .ToDictionary(i => i.Code, StringComparer.Ordinal);

    /// <summary>L'indicateur d'un code, ou null s'il n'existe pas.</summary>
    public static IndicateurFeuilleDeRoute? Trouver(string? code) =>
        code is not null && Indicateurs.TryGetValue(code, out var i) ? i : null;
}
