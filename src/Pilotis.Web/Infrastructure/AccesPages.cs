using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Qui peut ouvrir quelle page, tiré de la table des habilitations (<see cref="Habilitations"/>) : la page appelle
/// la même méthode dans son OnGet pour accepter ou refuser (403), le menu et chaque lien pour s'afficher ou non.
/// Ainsi un lien ne mène jamais à un refus (ticket 11, point 12 ; LiensSelonDroitsTests le vérifie compte par
/// compte). Un acteur nul est le public, ou un compte sans organisation active.
/// </summary>
public static class AccesPages
{
    /// <summary>Pages sans paramètre, par chemin : le menu, l'accueil et les boutons les consultent ici.</summary>
    private static readonly Dictionary<string, Func<Acteur?, bool>> Pages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/"] = Public,
        ["/territoires"] = Public,
        ["/eligibilite"] = Public,
        ["/ma-demande"] = Public,
        ["/cotation"] = Public,
        ["/demandes/plafonds"] = Public,
        ["/production/calendrier"] = Public,
        ["/api/reference"] = Public,
        ["/demandes"] = LireDemandes,
        ["/demandes/tableaux"] = LireDemandes,
        ["/demandes/classement"] = LireDemandes,
        ["/demandes/quartiles"] = LireDemandes,
        ["/demandes/nouvelle"] = EnregistrerDemande,
        ["/demandes/import"] = ImporterDemandes,
        ["/demandes/echeances"] = ParametrerDemande,
        ["/operations"] = LireOperations,
        ["/programmation"] = LireOperations,
        ["/production/lissage"] = LireOperations,
        ["/production/delais"] = LireOperations,
        ["/operations/import"] = ImporterOperations,
        ["/production/liste-depot"] = LireProgrammation,
        ["/programmation/consolidation"] = LireProgrammation,
        ["/revues"] = LireRevues,
        ["/revues/difficultes"] = LireRevues,
        ["/revues/difficultes/nouvelle"] = SignalerDifficulte,
        ["/sru"] = LireSru,
        ["/sru/simulateur"] = LireSru,
        ["/sru/inventaire/import"] = ImporterInventaireSru,
        ["/logements"] = LireLogements,
        ["/logements/importer"] = ImporterLogements,
        ["/attributions/objectifs"] = LireAttributions,
        ["/attributions/objectifs/baux"] = LireAttributions,
        ["/attributions/reforme"] = LireAttributions,
        ["/attributions/cil/besoins"] = LireAttributions,
        ["/admin/journal"] = LireJournal,
        ["/attribution/a-attribuer"] = LireLogements,
        ["/attribution/communes"] = LireLogements,
        ["/attribution/gir"] = LireGir,
        ["/caleol/seances"] = LireCaleol,
        ["/caleol/commissions"] = LireCaleol,
        ["/caleol/commissions/nouvelle"] = ModifierCaleol,
        ["/flux/conventions"] = LireFlux,
        ["/flux/conventions/nouvelle"] = ModifierFlux,
        ["/flux/orientation"] = ModifierFlux,
        ["/flux/bilan"] = LireFlux,
        ["/aides"] = Public,
        ["/aides/import"] = ImporterAides,
        ["/aides/synonymes"] = ImporterAides,
        ["/aides/nouvelle"] = CreerAide,
        ["/aides/indicateurs"] = LireIndicateursAides,
        ["/financement/equilibre"] = LireParametresFinanciers,
        ["/financement/parametres"] = LireParametresFinanciers,
        ["/financement/propositions"] = LirePropositions,
        ["/foncier"] = LireFoncier,
        ["/foncier/carte"] = LireFoncier,
        ["/foncier/parametres"] = LireFoncier,
        ["/foncier/import"] = ImporterFoncier,
        ["/foncier/sites/saisie"] = ModifierFoncier,
        ["/foncier/outils"] = LireOutilsFonciers,
        ["/foncier/outils/saisie"] = ModifierOutilsFonciers,
        ["/foncier/outils/import"] = ModifierOutilsFonciers,
        ["/formations"] = LireFormations,
        ["/formations/nouvelle"] = GererFormations,
        ["/concertations"] = LireConcertations,
        ["/annuaire"] = Public,
        ["/annuaire/indicateurs"] = SuivreAnnuaire,
        ["/communes/indicateurs"] = SuivrePagesCommunes,
        ["/feuille-de-route"] = LireFeuilleDeRoute,
        ["/feuille-de-route/propositions"] = LirePropositionsNationales,
    };

    /// <summary>
    /// L'acteur peut-il ouvrir cette page (chemin sans paramètre, sans requête) ? Un chemin inconnu de la table
    /// répond non : on l'y ajoute avec la méthode que sa page appelle.
    /// </summary>
    public static bool PeutOuvrir(Acteur? acteur, string chemin) =>
        Pages.TryGetValue(chemin.Split('?', 2)[0], out var regle) && regle(acteur);

    /// <summary>Les chemins connus, pour les tests.</summary>
    public static IEnumerable<string> Chemins => Pages.Keys;

    private static bool Public(Acteur? acteur) => true;

    /// <summary>
    /// Les types d'organisation auxquels la table accorde cet acte, pour dire au public qui peut ouvrir une page.
    /// </summary>
    public static IReadOnlyList<TypeOrganisation> TypesAutorises(Ressource ressource, Acte acte) =>
        Enum.GetValues<TypeOrganisation>()
            .Where(t => Habilitations.PorteeDuType(t, ressource, acte) != Portee.Aucune)
            .ToList();

    /// <summary>L'acteur a-t-il une portée (au moins sur sa propre organisation) pour cet acte ?</summary>
    public static bool APortee(Acteur? acteur, Ressource ressource, Acte acte) =>
        acteur is not null && Habilitations.PorteeAccordee(acteur, ressource, acte) != Portee.Aucune;

    // Attribution (logements à attribuer, fil du maire, groupes inter-réservataires).

    public static bool LireGir(Acteur? acteur) => APortee(acteur, Ressource.Gir, Acte.Lire);

    // Demande (registre, tableaux, classement, quartiles ; enregistrement ; paramètres).
    public static bool LireDemandes(Acteur? acteur) => APortee(acteur, Ressource.Demandes, Acte.Lire);

    public static bool EnregistrerDemande(Acteur? acteur) => APortee(acteur, Ressource.Demandes, Acte.Modifier);

    /// <summary>L'extrait du SNE couvre un département entier : portée départementale au moins.</summary>
    public static bool ImporterDemandes(Acteur? acteur) =>
        acteur is not null
        && Habilitations.PorteeAccordee(acteur, Ressource.Demandes, Acte.Importer) >= Portee.Departement;

    public static bool ParametrerDemande(Acteur? acteur) => APortee(acteur, Ressource.ParametresDemande, Acte.Modifier);

    // Production.
    public static bool LireOperations(Acteur? acteur) => APortee(acteur, Ressource.Operations, Acte.Lire);

    /// <summary>L'import de reprise couvre le département entier : portée départementale au moins.</summary>
    public static bool ImporterOperations(Acteur? acteur) =>
        acteur is not null
        && Habilitations.PorteeAccordee(acteur, Ressource.Operations, Acte.Importer) >= Portee.Departement;

    /// <summary>Liste de dépôt, consolidation : la programmation, que l'opérateur foncier ne lit pas.</summary>
    public static bool LireProgrammation(Acteur? acteur) => APortee(acteur, Ressource.Programmation, Acte.Lire);

    // Revues de projets.
    public static bool LireRevues(Acteur? acteur) => APortee(acteur, Ressource.RevuesProjets, Acte.Lire);

    /// <summary>Signaler une difficulté : modifier les revues (l'EPCI sur son territoire, la DDT(M)).</summary>
    public static bool SignalerDifficulte(Acteur? acteur) => APortee(acteur, Ressource.RevuesProjets, Acte.Modifier);

    /// <summary>
    /// Ouvrir une revue : elle vit sur le territoire de son EPCI (<c>AccesRevues.Cible</c>) ; une commune, dont le
    /// périmètre est la seule commune, n'ouvre pas la revue de tout l'EPCI.
    /// </summary>
    public static bool LireRevue(Acteur? acteur, Cible revue) =>
        acteur is not null && Habilitations.Autorise(acteur, Ressource.RevuesProjets, Acte.Lire, revue);

    // SRU.
    public static bool LireSru(Acteur? acteur) => APortee(acteur, Ressource.Sru, Acte.Lire);

    /// <summary>
    /// La page SRU d'un EPCI (<c>CiblesEpciSru</c>) : qui lit l'EPCI entier (l'EPCI, la DDTM, la DREAL), pas une
    /// commune membre.
    /// </summary>
    public static bool LireSruEpci(Acteur? acteur, Cible epci) =>
        acteur is not null && HabilitationsSru.PeutConsulter(acteur, epci);

    public static bool ImporterInventaireSru(Acteur? acteur) =>
        acteur is not null && HabilitationsSru.EstInstructeur(acteur);

    // Attribution : le parc de logements (RPLS) et les logements à attribuer.
    public static bool LireLogements(Acteur? acteur) => APortee(acteur, Ressource.Logements, Acte.Lire);

    /// <summary>Un bailleur importe ses logements, la DDT(M) ceux de son département (table des droits).</summary>
    public static bool ImporterLogements(Acteur? acteur) => APortee(acteur, Ressource.Logements, Acte.Importer);

    // CALEOL (CCH L441-2) : le calendrier et les commissions ; chaque séance est filtrée par AccesCaleol.
    public static bool LireCaleol(Acteur? acteur) => APortee(acteur, Ressource.Caleol, Acte.Lire);

    /// <summary>Créer une commission, tenir une séance : le bailleur pour les siennes.</summary>
    public static bool ModifierCaleol(Acteur? acteur) => APortee(acteur, Ressource.Caleol, Acte.Modifier);

    // Attribution (objectifs de CCH L441-1, réforme, besoins des élus pour la CIL).
    public static bool LireAttributions(Acteur? acteur) => APortee(acteur, Ressource.Attributions, Acte.Lire);

    // Gestion en flux (CCH L441-1, R441-5) : conventions, orientation, flux et bilan annuel.
    public static bool LireFlux(Acteur? acteur) => APortee(acteur, Ressource.Flux, Acte.Lire);

    /// <summary>Créer ou modifier une convention, orienter : le bailleur, pour les siens.</summary>
    public static bool ModifierFlux(Acteur? acteur) => APortee(acteur, Ressource.Flux, Acte.Modifier);

    // Administration.
    public static bool LireJournal(Acteur? acteur) => APortee(acteur, Ressource.Journal, Acte.Lire);

    // Catalogue des aides (ticket 13, ADR 0022).

    /// <summary>Importer le catalogue national et tenir les synonymes : un administrateur de la DDTM.</summary>
    public static bool ImporterAides(Acteur? acteur) => APortee(acteur, Ressource.Aides, Acte.Importer);

    /// <summary>Saisir une aide locale : un financeur (agent ou administrateur).</summary>
    public static bool CreerAide(Acteur? acteur) => APortee(acteur, Ressource.Aides, Acte.Creer);

    /// <summary>
    /// Modifier une aide locale : le financeur qui la tient (portée organisation), la DDTM du département de ce
    /// financeur (portée département) ; la cible est l'organisation titulaire, située où elle est.
    /// </summary>
    public static bool ModifierAide(Acteur? acteur, Organisation? titulaire) =>
        acteur is not null
        && titulaire is not null
        && Habilitations.Autorise(acteur, Ressource.Aides, Acte.Modifier, Cible.DeOrganisation(titulaire));

    /// <summary>Les indicateurs du catalogue : tout compte (la lecture des aides est accordée à tous).</summary>
    public static bool LireIndicateursAides(Acteur? acteur) => APortee(acteur, Ressource.Aides, Acte.Lire);

    // Financement : équilibre d'opération et propositions nationales (ticket 13, point 2).
    public static bool LireParametresFinanciers(Acteur? acteur) =>
        APortee(acteur, Ressource.ParametresFinanciers, Acte.Lire);

    public static bool ModifierParametresFinanciers(Acteur? acteur) =>
        APortee(acteur, Ressource.ParametresFinanciers, Acte.Modifier);

    /// <summary>
    /// Les propositions sur le portefeuille d'un département : qui lit les opérations du département au moins (DDTM,
    /// DREAL, financeur), jamais un bailleur sur les seules siennes.
    /// </summary>
    public static bool LirePropositions(Acteur? acteur) =>
        acteur is not null
        && Habilitations.PorteeAccordee(acteur, Ressource.Operations, Acte.Lire) >= Portee.Departement;

    // Foncier (seed 001, solutions 4 et 5) : observatoire des sites et outils fonciers.
    public static bool LireFoncier(Acteur? acteur) => APortee(acteur, Ressource.Foncier, Acte.Lire);

    public static bool ModifierFoncier(Acteur? acteur) => APortee(acteur, Ressource.Foncier, Acte.Modifier);

    public static bool ImporterFoncier(Acteur? acteur) => APortee(acteur, Ressource.Foncier, Acte.Importer);

    public static bool LireOutilsFonciers(Acteur? acteur) => APortee(acteur, Ressource.OutilsFonciers, Acte.Lire);

    public static bool ModifierOutilsFonciers(Acteur? acteur) =>
        APortee(acteur, Ressource.OutilsFonciers, Acte.Modifier);

    // Information (seed 001, solutions 6 et 7) : formation des élus et concertation des habitants.
    public static bool LireFormations(Acteur? acteur) => APortee(acteur, Ressource.Formations, Acte.Lire);

    /// <summary>Inscrire des élus : la commune les siens, la DDTM ceux du département.</summary>
    public static bool InscrireElus(Acteur? acteur) => APortee(acteur, Ressource.Formations, Acte.Modifier);

    /// <summary>Créer les sessions, noter les présences, saisir les questionnaires : la DDTM.</summary>
    public static bool GererFormations(Acteur? acteur) => APortee(acteur, Ressource.Formations, Acte.Instruire);

    public static bool LireConcertations(Acteur? acteur) => APortee(acteur, Ressource.Concertations, Acte.Lire);

    // Annuaire des acteurs et pages publiques des communes (seed 001, solutions 8 et 9).

    /// <summary>Exhaustivité et relances de l'annuaire : qui tient l'annuaire du département (la DDTM).</summary>
    public static bool SuivreAnnuaire(Acteur? acteur) =>
        acteur is not null
        && Habilitations.PorteeAccordee(acteur, Ressource.Referents, Acte.Modifier) >= Portee.Departement;

    /// <summary>Communes qui publient et visites : qui lit les pages du département au moins (DDTM, DREAL).</summary>
    public static bool SuivrePagesCommunes(Acteur? acteur) =>
        acteur is not null
        && Habilitations.PorteeAccordee(acteur, Ressource.PagesCommunes, Acte.Lire) >= Portee.Departement;

    // Feuille de route du Gard et propositions nationales (seed 001 ; ticket 14, point 5).
    public static bool LireFeuilleDeRoute(Acteur? acteur) => APortee(acteur, Ressource.FeuilleDeRoute, Acte.Lire);

    public static bool ModifierFeuilleDeRoute(Acteur? acteur) =>
        APortee(acteur, Ressource.FeuilleDeRoute, Acte.Modifier);

    public static bool LirePropositionsNationales(Acteur? acteur) =>
        APortee(acteur, Ressource.PropositionsNationales, Acte.Lire);

    public static bool ModifierPropositionsNationales(Acteur? acteur) =>
        APortee(acteur, Ressource.PropositionsNationales, Acte.Modifier);
}
