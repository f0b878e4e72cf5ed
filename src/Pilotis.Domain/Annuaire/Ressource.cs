namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Ce sur quoi porte une habilitation. Les modules métier ajoutent leur ressource ici et leurs lignes dans la table.
/// </summary>
public enum Ressource
{
    Organisations,
    Utilisateurs,
    Journal,
    AttributsCommunes,
    Operations,
    Sru,
    Demandes,

    /// <summary>Revues de projets par EPCI et difficultés signalées (seed 001, solution 1).</summary>
    RevuesProjets,

    /// <summary>Objectifs de programmation, enveloppes, liste de dépôt et calendrier (DDTM ou délégataire).</summary>
    Programmation,

    /// <summary>
    /// Grilles de cotation des demandes par EPCI (CCH L441-2-8), leur simulation et leur publication.
    /// </summary>
    Cotation,

    /// <summary>
    /// Paramètres de la demande : barème des plafonds de ressources, seuils officiels du premier quartile.
    /// </summary>
    ParametresDemande,

    /// <summary>Répertoire des logements (RPLS), logements libérés ou livrés à attribuer.</summary>
    Logements,

    /// <summary>Conventions de réservation en flux et orientation des logements libérés (loi ELAN).</summary>
    Flux,

    /// <summary>Désignation des candidats pour un logement orienté (réservataire ou bailleur).</summary>
    Candidatures,

    /// <summary>Commissions d'attribution (CALEOL), séances, décisions, offres et baux.</summary>
    Caleol,

    /// <summary>Groupes inter-réservataires des programmes neufs, animés par l'EPCI (seed 001, solution 11).</summary>
    Gir,

    /// <summary>
    /// Attributions : objectifs de CCH L441-1 et leur suivi, objectif en QPV de la CIA, avancement de la réforme
    /// (CIL, CIA, PPGDID, points d'accueil) et besoins exprimés par les élus pour la CIL.
    /// </summary>
    Attributions,

    /// <summary>
    /// Catalogue des aides au logement social (ticket 13) : aides locales des financeurs, import du catalogue
    /// d'aides-territoires et synonymes de la recherche (DDTM). La lecture est publique (pages /aides sans compte).
    /// </summary>
    Aides,

    /// <summary>
    /// Paramètres datés de l'équilibre d'opération (taux, plafonds de loyer, TVA, RLS, durées) : la DDTM les tient,
    /// tout compte connecté les lit (ticket 13, point 2).
    /// </summary>
    ParametresFinanciers,

    /// <summary>
    /// Sites de l'observatoire foncier par EPCI (seed 001, solution 5) : parcelles, capacité estimée, statut.
    /// </summary>
    Foncier,

    /// <summary>
    /// Outils fonciers des communes et EPCI (ZAD, DPU, SMS, OAP, emplacements réservés) et conventions de portage de
    /// l'EPF (seed 001, solution 4).
    /// </summary>
    OutilsFonciers,

    /// <summary>
    /// Formation des élus (seed 001, solution 6) : sessions tenues par la DDTM, inscriptions des élus par leur commune,
    /// présence et questionnaire de satisfaction.
    /// </summary>
    Formations,

    /// <summary>
    /// Concertation des habitants sur une opération (seed 001, solution 7) : le bailleur de l'opération l'enregistre.
    /// </summary>
    Concertations,

    /// <summary>
    /// Annuaire des acteurs (seed 001, solution 9) : référents nommés par thème de chaque organisation. La DDTM tient
    /// tout l'annuaire du département, chaque organisation ses propres fiches ; les fiches publiques se lisent sans
    /// compte.
    /// </summary>
    Referents,

    /// <summary>
    /// Page publique d'une commune (seed 001, solution 8) : son texte, ses blocs, sa publication (la commune) et ses
    /// visites (lues par la DDTM). La page elle-même se lit sans compte.
    /// </summary>
    PagesCommunes,

    /// <summary>
    /// Tableau de bord de la feuille de route du Gard (seed 001, les 11 solutions) : indicateurs calculés, cibles
    /// fixées par la DDTM par indicateur et par année.
    /// </summary>
    FeuilleDeRoute,

    /// <summary>
    /// Suivi des propositions nationales de l'atelier des solutions (seed 001, partie II) : statut daté et commenté
    /// par la DDTM, historique.
    /// </summary>
    PropositionsNationales,
}
