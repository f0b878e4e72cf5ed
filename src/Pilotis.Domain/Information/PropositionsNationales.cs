namespace Pilotis.Domain.Information;

/// <summary>
/// Les propositions nationales de l'atelier du Gard (seed 001, II), dans l'ordre du document : planification,
/// fiscalité et financement, ajustement de la loi SRU, attributions. Le lien de simulation mène au simulateur SRU ou
/// aux scénarios de l'équilibre d'opération (ADR 0023) qui la chiffrent sur les données du département.
/// </summary>
public static class PropositionsNationales
{
    private const string Planification = "1. Planification territoriale";
    private const string Financement = "2. Fiscalité et financement du logement social";
    private const string Sru = "3. Ajustement de la loi SRU";
    private const string Attributions = "4. Attributions de logements sociaux";
    private const string Equilibre = "/financement/propositions?scenario=";

    public static readonly IReadOnlyList<PropositionNationale> Toutes =
    [
        new(
            "1a-derogations",
            Planification,
            "Étendre les dérogations aux règles d'urbanisme pour le logement social",
            "Densité, hauteur, formes urbaines : des dérogations comme dans les ORT des Petites Villes de Demain.",
            null,
            null
        ),
        new(
            "1a-lotissements",
            Planification,
            "Assouplir la modification des règlements de lotissement",
            "Ne plus exiger l'accord des co-lotis pour densifier un lotissement avec du logement social.",
            null,
            null
        ),
        new(
            "1b-plh",
            Planification,
            "Revisiter la place du programme local de l'habitat (PLH)",
            "Cohérence exigée entre PLH, communes carencées et CUS des bailleurs ; application renforcée dans les PLU.",
            null,
            null
        ),
        new(
            "1c-recours",
            Planification,
            "Limiter les recours sur les permis de logement social",
            "Les recours décalent jusqu'à 4 ans la remise des clefs.",
            null,
            null
        ),
        new(
            "2a-abattement",
            Financement,
            "Renforcer l'abattement sur les plus-values des terrains cédés aux bailleurs",
            "L'abattement de 30 % sur les plus-values, à rendre plus incitatif.",
            Equilibre + "abattement-foncier",
            "Équilibre des opérations : abattement renforcé"
        ),
        new(
            "2a-renouvellement",
            Financement,
            "Mieux accompagner les opérations dans le tissu urbain existant",
            "Petits fonciers plus chers : aides (FNAP, prêts) adaptées au renouvellement urbain.",
            null,
            null
        ),
        new(
            "2b-commande-publique",
            Financement,
            "Assouplir le code de la commande publique pour les bailleurs",
            "Le CCP rend les bailleurs moins compétitifs que la promotion en maîtrise d'ouvrage directe.",
            null,
            null
        ),
        new(
            "2c-garantie",
            Financement,
            "Supprimer le coût de la garantie d'emprunt",
            "La garantie des prêts ne coûte plus rien au bailleur.",
            Equilibre + "sans-garantie",
            "Équilibre des opérations : sans coût de garantie"
        ),
        new(
            "2c-tva",
            Financement,
            "TVA à 5,5 % pour tous les financements (PLUS et PLAI)",
            "Harmoniser la TVA du PLUS sur celle du PLAI.",
            Equilibre + "tva-5-5",
            "Équilibre des opérations : TVA à 5,5 %"
        ),
        new(
            "2c-rls",
            Financement,
            "Revoir la réduction de loyer de solidarité (RLS)",
            "Conformément au rapport de la Cour des comptes de 2020.",
            Equilibre + "rls",
            "Équilibre des opérations : RLS révisée"
        ),
        new(
            "2c-zonage",
            Financement,
            "Aligner les plafonds de loyer sur le zonage A/B/C",
            "Remplacer le zonage I/II/III, ancien et décorrélé du terrain.",
            Equilibre + "zonage-abc",
            "Équilibre des opérations : zonage ABC"
        ),
        new(
            "3a-geographie",
            Sru,
            "Repenser la géographie des communes soumises à la loi SRU",
            "Sans critère de population communale ni intercommunale, exemptions à encadrer.",
            null,
            null
        ),
        new(
            "3b-taux-20",
            Sru,
            "Ramener le taux cible de 25 % à 20 %",
            "Un seuil unique de 20 % comme assiette du rattrapage.",
            "/sru/simulateur?taux=20",
            "Simulateur SRU : taux cible unique de 20 %"
        ),
        new(
            "3b-mutualisation",
            Sru,
            "Mutualiser les obligations SRU au sein de l'EPCI",
            "Un contrat de mixité sociale entre toutes les communes de l'EPCI, bilans triennaux et PLH alignés.",
            "/sru/simulateur?taux=20&vue=epci",
            "Simulateur SRU : vue par EPCI"
        ),
        new(
            "3c-depenses",
            Sru,
            "Mieux prendre en compte les dépenses déductibles des pénalités",
            "Déduire la dépense l'année où elle est engagée, pas deux ans après.",
            null,
            null
        ),
        new(
            "4-maires",
            Attributions,
            "Donner davantage de poids aux maires dans les primo-attributions",
            "Meilleure acceptation locale et intégration des nouveaux ménages.",
            null,
            null
        ),
    ];

    /// <summary>La proposition d'un code, ou null.</summary>
    public static PropositionNationale? Trouver(string? code) =>
        Toutes.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.Ordinal));
}
