namespace Pilotis.Domain.Annuaire;

/// <summary>
/// La table des habilitations, écrite une seule fois : pour chaque type d'organisation, ressource et acte,
/// la portée accordée ; puis le rôle minimal requis pour chaque acte. Tout contrôle d'accès
/// (pages, API, listes filtrées) passe par <see cref="Autorise"/> ou <see cref="PorteeAccordee"/>.
/// Elle est reproduite dans docs/STATUTS.md ; le test HabilitationsTests en vérifie chaque ligne.
/// </summary>
public static class Habilitations
{
    private static readonly Dictionary<(TypeOrganisation, Ressource, Acte), Portee> Table = Construire();

    private static Dictionary<(TypeOrganisation, Ressource, Acte), Portee> Construire()
    {
        var t = new TableDroits();
        AucunDroitParDefaut(t);
        OrganisationsEtAttributs(t);
        Operations(t);
        RevuesEtProgrammation(t);
        Sru(t);
        DemandesEtCotation(t);
        LogementsEtFlux(t);
        CandidaturesEtCaleol(t);
        Attributions(t);
        Aides(t);
        ParametresFinanciers(t);
        Foncier(t);
        FormationsEtConcertations(t);
        AnnuaireEtPagesCommunes(t);
        FeuilleDeRoute(t);
        return t.Lignes;
    }

    /// <summary>La table en construction : une ligne accorde lire et modifier, un droit un seul acte.</summary>
    private sealed class TableDroits
    {
        public Dictionary<(TypeOrganisation, Ressource, Acte), Portee> Lignes { get; } = [];

        public void Ligne(TypeOrganisation type, Ressource ressource, Portee lire, Portee modifier)
        {
            Lignes[(type, ressource, Acte.Lire)] = lire;
            Lignes[(type, ressource, Acte.Modifier)] = modifier;
        }

        public void Droit(TypeOrganisation type, Ressource ressource, Acte acte, Portee portee) =>
            Lignes[(type, ressource, acte)] = portee;
    }

    /// <summary>Aucun droit par défaut, sauf sur sa propre organisation, ses comptes et son journal.</summary>
    private static void AucunDroitParDefaut(TableDroits t)
    {
        // Par défaut, aucun droit : chaque ligne ci-dessous en accorde un, explicitement.
        foreach (var type in Enum.GetValues<TypeOrganisation>())
        {
            foreach (var ressource in Enum.GetValues<Ressource>())
            {
                foreach (var acte in Enum.GetValues<Acte>())
                    t.Droit(type, ressource, acte, Portee.Aucune);
            }
            t.Ligne(type, Ressource.Organisations, Portee.Organisation, Portee.Organisation);
            t.Ligne(type, Ressource.Utilisateurs, Portee.Organisation, Portee.Organisation);
            t.Ligne(type, Ressource.Journal, Portee.Organisation, Portee.Aucune);
            t.Ligne(type, Ressource.AttributsCommunes, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Operations, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Sru, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Demandes, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.RevuesProjets, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Programmation, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Cotation, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.ParametresDemande, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Logements, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Flux, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Candidatures, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Caleol, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Gir, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Attributions, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Foncier, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.OutilsFonciers, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Formations, Portee.Aucune, Portee.Aucune);
            t.Ligne(type, Ressource.Concertations, Portee.Aucune, Portee.Aucune);
        }
    }

    /// <summary>Organisations, comptes, journal et attributs des communes.</summary>
    private static void OrganisationsEtAttributs(TableDroits t)
    {
        // Organisations et comptes : la DDTM administre les acteurs de son département, la DREAL les consulte
        // pour la région ; chaque organisation gère sa propre fiche et ses propres comptes.
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Organisations, Portee.Departement, Portee.Departement);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Utilisateurs, Portee.Departement, Portee.Departement);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Journal, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Organisations, Portee.Region, Portee.Organisation);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Journal, Portee.Region, Portee.Aucune);

        // Zonages, QPV, statut SRU : arrêtés et décrets de l'État, saisis par la DDTM (les données restent publiques).
        t.Ligne(TypeOrganisation.Ddtm, Ressource.AttributsCommunes, Portee.Departement, Portee.Departement);
        t.Ligne(TypeOrganisation.Dreal, Ressource.AttributsCommunes, Portee.Region, Portee.Aucune);
    }

    /// <summary>Opérations : consulter, saisir, créer, importer, instruire.</summary>
    private static void Operations(TableDroits t)
    {
        // Opérations (agrément, CCH D331-1 et s.) : la DDTM instruit, le bailleur porte ses propres opérations,
        // les collectivités suivent celles de leur territoire, les financeurs celles du département.
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Operations, Portee.Departement, Portee.Departement);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Operations, Portee.Region, Portee.Aucune);
        t.Ligne(TypeOrganisation.Epci, Ressource.Operations, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Commune, Ressource.Operations, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Bailleur, Ressource.Operations, Portee.Organisation, Portee.Organisation);
        t.Ligne(TypeOrganisation.Financeur, Ressource.Operations, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.OperateurFoncier, Ressource.Operations, Portee.Perimetre, Portee.Aucune);
        // Seul le bailleur (maître d'ouvrage) crée et saisit ses opérations ; la DDTM reprend en masse celles du
        // département (import CSV de reprise, docs/formats/operations.md).
        t.Droit(TypeOrganisation.Bailleur, Ressource.Operations, Acte.Creer, Portee.Organisation);
        t.Droit(TypeOrganisation.Ddtm, Ressource.Operations, Acte.Importer, Portee.Departement);
        // Instruction des dossiers d'agrément (CCH R331-1 et s.) : la DDT(M) du département de l'opération.
        t.Droit(TypeOrganisation.Ddtm, Ressource.Operations, Acte.Instruire, Portee.Departement);
    }

    /// <summary>Revues de projets et programmation.</summary>
    private static void RevuesEtProgrammation(TableDroits t)
    {
        // Revues de projets : l'EPCI signale les opérations en difficulté de son territoire, la DDTM anime les revues,
        // décide et remonte au préfet ; le bailleur suit les difficultés de ses propres opérations.
        t.Ligne(TypeOrganisation.Ddtm, Ressource.RevuesProjets, Portee.Departement, Portee.Departement);
        t.Ligne(TypeOrganisation.Dreal, Ressource.RevuesProjets, Portee.Region, Portee.Aucune);
        t.Ligne(TypeOrganisation.Epci, Ressource.RevuesProjets, Portee.Perimetre, Portee.Perimetre);
        t.Ligne(TypeOrganisation.Commune, Ressource.RevuesProjets, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Bailleur, Ressource.RevuesProjets, Portee.Organisation, Portee.Aucune);

        // Programmation (objectifs, enveloppes, liste de dépôt, calendrier) : la DDTM pour le département, l'EPCI
        // délégataire des aides à la pierre (CCH L301-5-1) pour son territoire ; les autres acteurs la consultent.
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Programmation, Portee.Departement, Portee.Departement);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Programmation, Portee.Region, Portee.Aucune);
        t.Ligne(TypeOrganisation.Epci, Ressource.Programmation, Portee.Perimetre, Portee.Perimetre);
        t.Ligne(TypeOrganisation.Commune, Ressource.Programmation, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Bailleur, Ressource.Programmation, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Financeur, Ressource.Programmation, Portee.Departement, Portee.Aucune);
    }

    /// <summary>SRU : situation des communes, dépenses déductibles, actes de l'État.</summary>
    private static void Sru(TableDroits t)
    {
        // SRU (CCH L302-5 et s.) : l'État calcule et notifie ; la commune consulte sa situation et déclare ses
        // dépenses.
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Sru, Portee.Departement, Portee.Departement);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Sru, Portee.Region, Portee.Aucune);
        t.Ligne(TypeOrganisation.Epci, Ressource.Sru, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Commune, Ressource.Sru, Portee.Perimetre, Portee.Perimetre);
        // Inventaire (L302-6), dépenses déductibles (L302-7) et carence (L302-9-1) : actes du préfet, par la DDTM.
        t.Droit(TypeOrganisation.Ddtm, Ressource.Sru, Acte.Instruire, Portee.Departement);
    }

    /// <summary>Demandes de logement, cotation et paramètres de la demande.</summary>
    private static void DemandesEtCotation(TableDroits t)
    {
        // Demandes (CCH L441-2-1) : guichets enregistreurs (bailleurs, communes, DDTM) ; l'EPCI consulte pour la
        // cotation.
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Demandes, Portee.Departement, Portee.Departement);
        t.Ligne(TypeOrganisation.Epci, Ressource.Demandes, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Commune, Ressource.Demandes, Portee.Perimetre, Portee.Perimetre);
        t.Ligne(TypeOrganisation.Bailleur, Ressource.Demandes, Portee.Departement, Portee.Departement);
        t.Ligne(TypeOrganisation.Reservataire, Ressource.Demandes, Portee.Departement, Portee.Aucune);
        // L'extrait du système national d'enregistrement (CCH R441-2-5) est importé par un administrateur de la DDTM.
        t.Droit(TypeOrganisation.Ddtm, Ressource.Demandes, Acte.Importer, Portee.Departement);

        // Cotation (CCH L441-2-8) : l'EPCI définit, simule et publie sa grille ; la DDTM suit celles du département.
        // Les grilles publiées sont publiques (page sans compte).
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Cotation, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Epci, Ressource.Cotation, Portee.Perimetre, Portee.Perimetre);
        t.Ligne(TypeOrganisation.Commune, Ressource.Cotation, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Bailleur, Ressource.Cotation, Portee.Departement, Portee.Aucune);

        // Plafonds de ressources (arrêté annuel) et seuils officiels du premier quartile (arrêté préfectoral) :
        // un administrateur de la DDTM les saisit (RoleMinimal) ; ils restent consultables par tous (pages publiques).
        t.Ligne(TypeOrganisation.Ddtm, Ressource.ParametresDemande, Portee.Departement, Portee.Departement);
    }

    /// <summary>Répertoire des logements, logements à attribuer, conventions de flux et orientation.</summary>
    private static void LogementsEtFlux(TableDroits t)
    {
        // Répertoire (RPLS, CCH L411-10) : chaque bailleur tient et importe son parc, déclare ses logements libérés et
        // livrés ; l'État et les collectivités le consultent sur leur territoire ; le maire est informé des logements
        // libérés et livrés dans sa commune (seed 001, solution 10) ; les réservataires voient le parc du département.
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Logements, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Logements, Portee.Region, Portee.Aucune);
        t.Ligne(TypeOrganisation.Epci, Ressource.Logements, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Commune, Ressource.Logements, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Bailleur, Ressource.Logements, Portee.Organisation, Portee.Organisation);
        t.Ligne(TypeOrganisation.Reservataire, Ressource.Logements, Portee.Departement, Portee.Aucune);
        t.Droit(TypeOrganisation.Bailleur, Ressource.Logements, Acte.Importer, Portee.Organisation);
        t.Droit(TypeOrganisation.Ddtm, Ressource.Logements, Acte.Importer, Portee.Departement);

        // Gestion en flux (CCH L441-1, R441-5) : le bailleur signe une convention avec chaque réservataire et oriente
        // ses logements libérés ; le réservataire (préfet, Action Logement, collectivité) lit les conventions et le
        // flux qui le concernent (la cible est alors le réservataire) ; la DDTM suit le département.
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Flux, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Flux, Portee.Region, Portee.Aucune);
        t.Ligne(TypeOrganisation.Bailleur, Ressource.Flux, Portee.Organisation, Portee.Organisation);
        t.Ligne(TypeOrganisation.Reservataire, Ressource.Flux, Portee.Organisation, Portee.Aucune);
        t.Ligne(TypeOrganisation.Epci, Ressource.Flux, Portee.Organisation, Portee.Aucune);
        t.Ligne(TypeOrganisation.Commune, Ressource.Flux, Portee.Organisation, Portee.Aucune);
    }

    /// <summary>Désignation des candidats, commissions d'attribution, décisions, offres et baux.</summary>
    private static void CandidaturesEtCaleol(TableDroits t)
    {
        // Désignation (CCH R441-3) : le réservataire à qui le logement est orienté désigne ses candidats, le bailleur
        // pour ses logements non réservés ; la cible est le titulaire de l'orientation.
        t.Ligne(TypeOrganisation.Bailleur, Ressource.Candidatures, Portee.Organisation, Portee.Organisation);
        t.Ligne(TypeOrganisation.Reservataire, Ressource.Candidatures, Portee.Organisation, Portee.Organisation);
        t.Ligne(TypeOrganisation.Epci, Ressource.Candidatures, Portee.Organisation, Portee.Organisation);
        t.Ligne(TypeOrganisation.Commune, Ressource.Candidatures, Portee.Organisation, Portee.Organisation);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Candidatures, Portee.Departement, Portee.Aucune);

        // CALEOL (CCH L441-2, R441-9) : le bailleur constitue ses commissions, tient les séances, enregistre décisions,
        // offres et baux ; le maire, l'EPCI et l'État y siègent et en reçoivent le calendrier et les décisions sur leur
        // territoire (sans donnée nominative) ; les réservataires suivent celles du département.
        t.Ligne(TypeOrganisation.Bailleur, Ressource.Caleol, Portee.Organisation, Portee.Organisation);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Caleol, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Caleol, Portee.Region, Portee.Aucune);
        t.Ligne(TypeOrganisation.Epci, Ressource.Caleol, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Commune, Ressource.Caleol, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Reservataire, Ressource.Caleol, Portee.Departement, Portee.Aucune);

        // GIR (seed 001, solution 11) : l'EPCI crée le groupe d'un programme neuf de son territoire et en choisit les
        // membres ; le bailleur, les réservataires et les communes suivent la liste de candidats et le calendrier
        // communs ; la DDTM suit le département.
        t.Ligne(TypeOrganisation.Epci, Ressource.Gir, Portee.Perimetre, Portee.Perimetre);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Gir, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Commune, Ressource.Gir, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Bailleur, Ressource.Gir, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Reservataire, Ressource.Gir, Portee.Departement, Portee.Aucune);
    }

    /// <summary>Objectifs d'attribution, réforme des attributions, besoins des élus pour la CIL.</summary>
    private static void Attributions(TableDroits t)
    {
        // Objectifs d'attribution (CCH L441-1) : l'EPCI qui a une CIL (CCH L441-1-5) fixe dans sa CIA l'objectif en
        // QPV et tient l'avancement de sa réforme ; la DDTM (le préfet co-signe la CIA) suit et peut saisir pour le
        // département ; la commune consulte l'EPCI dont elle est membre et exprime ses besoins pour la CIL (sur sa
        // seule commune) ; bailleurs et réservataires consultent le département.
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Attributions, Portee.Departement, Portee.Departement);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Attributions, Portee.Region, Portee.Aucune);
        t.Ligne(TypeOrganisation.Epci, Ressource.Attributions, Portee.Perimetre, Portee.Perimetre);
        t.Ligne(TypeOrganisation.Commune, Ressource.Attributions, Portee.Perimetre, Portee.Perimetre);
        t.Ligne(TypeOrganisation.Bailleur, Ressource.Attributions, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Reservataire, Ressource.Attributions, Portee.Departement, Portee.Aucune);
    }

    /// <summary>Catalogue des aides (ticket 13, ADR 0022).</summary>
    private static void Aides(TableDroits t)
    {
        // Le catalogue est public : chaque acteur le lit (pages /aides, API /api/v1/aides, sans compte).
        foreach (var type in Enum.GetValues<TypeOrganisation>())
            t.Ligne(type, Ressource.Aides, Portee.Departement, Portee.Aucune);
        // Un financeur crée et tient ses propres aides locales ; la DDTM corrige celles du département.
        t.Ligne(TypeOrganisation.Financeur, Ressource.Aides, Portee.Departement, Portee.Organisation);
        t.Droit(TypeOrganisation.Financeur, Ressource.Aides, Acte.Creer, Portee.Organisation);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Aides, Portee.Departement, Portee.Departement);
        // Un administrateur de la DDTM importe le catalogue national (aides-territoires) et tient les synonymes.
        t.Droit(TypeOrganisation.Ddtm, Ressource.Aides, Acte.Importer, Portee.Departement);
    }

    /// <summary>Paramètres de l'équilibre d'opération : lus par tous, tenus par la DDTM.</summary>
    private static void ParametresFinanciers(TableDroits t)
    {
        // Des paramètres nationaux (taux du Livret A, TVA, plafonds de loyer) : tout compte connecté les lit pour
        // comprendre un équilibre ; la DDTM les corrige par une ligne datée et sourcée. Un bailleur calcule l'équilibre
        // de ses opérations par ses droits sur les opérations.
        foreach (var type in Enum.GetValues<TypeOrganisation>())
            t.Ligne(type, Ressource.ParametresFinanciers, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.ParametresFinanciers, Portee.Departement, Portee.Departement);
    }

    /// <summary>Observatoire foncier et outils fonciers (seed 001, solutions 4 et 5).</summary>
    private static void Foncier(TableDroits t)
    {
        // Observatoire (PLH, C. constr. L302-1) : l'EPCI tient et importe les sites de son territoire ; l'EPF modifie
        // les sites qu'il porte (C. urb. L321-1) et consulte ceux de sa région ; la commune consulte les siens, la DDTM
        // ceux du département, la DREAL ceux de la région.
        t.Ligne(TypeOrganisation.Epci, Ressource.Foncier, Portee.Perimetre, Portee.Perimetre);
        t.Droit(TypeOrganisation.Epci, Ressource.Foncier, Acte.Importer, Portee.Perimetre);
        t.Ligne(TypeOrganisation.OperateurFoncier, Ressource.Foncier, Portee.Perimetre, Portee.Organisation);
        t.Ligne(TypeOrganisation.Commune, Ressource.Foncier, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Foncier, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Foncier, Portee.Region, Portee.Aucune);

        // Outils fonciers : la commune (compétente en urbanisme, C. urb. L211-1, L212-1) tient les siens, l'EPCI ceux
        // de ses communes, l'EPF ses conventions de portage ; la DDTM consulte le département.
        t.Ligne(TypeOrganisation.Commune, Ressource.OutilsFonciers, Portee.Perimetre, Portee.Perimetre);
        t.Ligne(TypeOrganisation.Epci, Ressource.OutilsFonciers, Portee.Perimetre, Portee.Perimetre);
        t.Ligne(TypeOrganisation.OperateurFoncier, Ressource.OutilsFonciers, Portee.Organisation, Portee.Organisation);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.OutilsFonciers, Portee.Departement, Portee.Aucune);
    }

    /// <summary>Formation des élus et concertation des habitants (seed 001, solutions 6 et 7 ; ADR 0026).</summary>
    private static void FormationsEtConcertations(TableDroits t)
    {
        // Formation des élus : la DDTM organise les sessions, note les présences et saisit les questionnaires
        // (Instruire) ; la commune inscrit ses propres élus et les voit ; l'EPCI voit les inscrits de ses communes.
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Formations, Portee.Departement, Portee.Departement);
        t.Droit(TypeOrganisation.Ddtm, Ressource.Formations, Acte.Instruire, Portee.Departement);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Formations, Portee.Region, Portee.Aucune);
        t.Ligne(TypeOrganisation.Epci, Ressource.Formations, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Commune, Ressource.Formations, Portee.Perimetre, Portee.Perimetre);

        // Concertation des habitants : le bailleur (maître d'ouvrage) enregistre les actions de ses opérations ; la
        // commune et l'EPCI les lisent sur leur territoire, la DDTM sur le département, la DREAL sur la région.
        t.Ligne(TypeOrganisation.Bailleur, Ressource.Concertations, Portee.Organisation, Portee.Organisation);
        t.Ligne(TypeOrganisation.Commune, Ressource.Concertations, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Epci, Ressource.Concertations, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Concertations, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Dreal, Ressource.Concertations, Portee.Region, Portee.Aucune);
    }

    /// <summary>Annuaire des acteurs et pages publiques des communes (seed 001, solutions 8 et 9).</summary>
    private static void AnnuaireEtPagesCommunes(TableDroits t)
    {
        // Annuaire : tout compte connecté lit les fiches du département (publiques ou réservées aux connectés) et
        // tient celles de sa propre organisation ; la DDTM tient tout l'annuaire du département.
        foreach (var type in Enum.GetValues<TypeOrganisation>())
            t.Ligne(type, Ressource.Referents, Portee.Departement, Portee.Organisation);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.Referents, Portee.Departement, Portee.Departement);

        // Page publique : la commune rédige la sienne et la publie ; l'EPCI la consulte, la DDTM et la DREAL lisent
        // les indicateurs (communes qui publient, visites).
        t.Ligne(TypeOrganisation.Commune, Ressource.PagesCommunes, Portee.Perimetre, Portee.Perimetre);
        t.Ligne(TypeOrganisation.Epci, Ressource.PagesCommunes, Portee.Perimetre, Portee.Aucune);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.PagesCommunes, Portee.Departement, Portee.Aucune);
        t.Ligne(TypeOrganisation.Dreal, Ressource.PagesCommunes, Portee.Region, Portee.Aucune);
    }

    /// <summary>Feuille de route et propositions nationales (seed 001) : lues par tous, tenues par la DDTM.</summary>
    private static void FeuilleDeRoute(TableDroits t)
    {
        // Le suivi de la feuille de route est coordonné par la DDTM pour le CDHH (seed 001, III) : chaque acteur lit
        // les indicateurs de son département, la DDTM fixe les cibles et le statut des propositions nationales.
        foreach (var type in Enum.GetValues<TypeOrganisation>())
        {
            t.Ligne(type, Ressource.FeuilleDeRoute, Portee.Departement, Portee.Aucune);
            t.Ligne(type, Ressource.PropositionsNationales, Portee.Departement, Portee.Aucune);
        }
        t.Ligne(TypeOrganisation.Ddtm, Ressource.FeuilleDeRoute, Portee.Departement, Portee.Departement);
        t.Ligne(TypeOrganisation.Ddtm, Ressource.PropositionsNationales, Portee.Departement, Portee.Departement);
    }

    /// <summary>
    /// Rôle minimal pour un acte : un lecteur ne modifie rien ; organisations et comptes exigent un administrateur.
    /// </summary>
    public static Role RoleMinimal(Ressource ressource, Acte acte) =>
        (ressource, acte) switch
        {
            (_, Acte.Lire) => Role.Lecteur,
            (Ressource.Organisations or Ressource.Utilisateurs or Ressource.ParametresDemande, Acte.Modifier) =>
                Role.Administrateur,
            (Ressource.Demandes, Acte.Importer) => Role.Administrateur,
            (Ressource.Aides, Acte.Importer) => Role.Administrateur,
            _ => Role.Agent,
        };

    /// <summary>Portée que la table accorde à un type d'organisation, quel que soit le rôle de l'utilisateur.</summary>
    public static Portee PorteeDuType(TypeOrganisation type, Ressource ressource, Acte acte) =>
        Table.TryGetValue((type, ressource, acte), out var portee) ? portee : Portee.Aucune;

    /// <summary>Portée accordée à l'acteur, tenant compte de son rôle.</summary>
    public static Portee PorteeAccordee(Acteur acteur, Ressource ressource, Acte acte)
    {
        if (acteur.Role < RoleMinimal(ressource, acte))
            return Portee.Aucune;
        return Table.TryGetValue((acteur.Type, ressource, acte), out var portee) ? portee : Portee.Aucune;
    }

    public static bool Autorise(Acteur acteur, Ressource ressource, Acte acte, Cible cible) =>
        PorteeAccordee(acteur, ressource, acte) switch
        {
            Portee.Organisation => cible.OrganisationId == acteur.OrganisationId,
            Portee.Perimetre => cible.OrganisationId == acteur.OrganisationId || acteur.Perimetre.Contient(cible.Lieu),
            Portee.Departement => cible.OrganisationId == acteur.OrganisationId
                || cible.Lieu.DepartementCode == acteur.DepartementCode,
            Portee.Region => cible.OrganisationId == acteur.OrganisationId
                || cible.Lieu.RegionCode == acteur.RegionCode,
            _ => false,
        };

    /// <summary>Toutes les lignes, pour la documentation et les tests.</summary>
    public static IEnumerable<(TypeOrganisation Type, Ressource Ressource, Acte Acte, Portee Portee)> Lignes() =>
        Table
            .Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value))
            .OrderBy(l => l.Item2)
            .ThenBy(l => l.Item1)
            .ThenBy(l => l.Item3);
}
