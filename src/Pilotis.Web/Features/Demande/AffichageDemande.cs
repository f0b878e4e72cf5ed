using System.Globalization;
using Pilotis.Domain.Demande;

namespace Pilotis.Web.Features.Demande;

/// <summary>Libellés français des valeurs d'une demande (formulaire, fiche, liste, export) et formats d'affichage.</summary>
public static class AffichageDemande
{
    public static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public static string Date(DateOnly? d) => d is null ? "—" : d.Value.ToString("dd/MM/yyyy", Fr);

    public static string Euros(decimal montant) => montant.ToString("N0", Fr) + " €";

    public static string Nombre(decimal n) => n.ToString("0.##", Fr);

    public static readonly IReadOnlyList<(string Code, EtatDemande Etat, string Libelle)> Etats =
    [
        ("active", EtatDemande.Active, "Active"),
        ("a-renouveler", EtatDemande.ARenouveler, "À renouveler"),
        ("radiee", EtatDemande.Radiee, "Radiée"),
        ("satisfaite", EtatDemande.Satisfaite, "Satisfaite"),
    ];

    public static string Libelle(this EtatDemande e) => Etats.First(x => x.Etat == e).Libelle;

    public static string ClasseBadge(EtatDemande e) =>
        e switch
        {
            EtatDemande.Active => "fr-badge--success",
            EtatDemande.ARenouveler => "fr-badge--warning",
            EtatDemande.Satisfaite => "fr-badge--info",
            _ => "fr-badge--error",
        };

    public static string Libelle(this MotifRadiation m) =>
        m switch
        {
            MotifRadiation.Attribution => "attribution d'un logement",
            MotifRadiation.NonRenouvellement => "non-renouvellement",
            MotifRadiation.Renonciation => "renonciation du demandeur",
            MotifRadiation.Irrecevabilite => "irrecevabilité",
            _ => "absence de réponse",
        };

    public static string Libelle(this SituationLogement s) =>
        s switch
        {
            SituationLogement.SansLogement => "Sans logement",
            SituationLogement.Heberge => "Hébergé (famille, amis, structure)",
            SituationLogement.LogementTemporaire => "Logement temporaire",
            SituationLogement.LocataireParcSocial => "Locataire du parc social",
            SituationLogement.LocataireParcPrive => "Locataire du parc privé",
            SituationLogement.Proprietaire => "Propriétaire",
            _ => "Autre",
        };

    public static string Libelle(this LienMembre l) =>
        l switch
        {
            LienMembre.Demandeur => "Demandeur",
            LienMembre.ConjointOuCoDemandeur => "Conjoint ou codemandeur",
            LienMembre.Enfant => "Enfant",
            LienMembre.Ascendant => "Ascendant",
            _ => "Autre personne",
        };

    public static readonly IReadOnlyList<(MotifsDemande Motif, string Libelle)> Motifs =
    [
        (MotifsDemande.SansLogement, "Sans logement"),
        (MotifsDemande.Heberge, "Hébergé"),
        (MotifsDemande.LogementIndigne, "Logement indigne ou insalubre"),
        (MotifsDemande.Handicap, "Handicap"),
        (MotifsDemande.Violences, "Violences familiales"),
        (MotifsDemande.LoyerTropCher, "Loyer trop cher"),
        (MotifsDemande.Divorce, "Divorce, séparation"),
        (MotifsDemande.RapprochementTravail, "Rapprochement du lieu de travail"),
        (MotifsDemande.LogementTropPetit, "Logement trop petit"),
        (MotifsDemande.LogementRepris, "Logement repris ou mis en vente"),
        (MotifsDemande.RaisonsSante, "Raisons de santé"),
        (MotifsDemande.Autre, "Autre motif"),
    ];

    /// <summary>Les critères de priorité de l'article L441-1 du CCH, avec leur lettre et leur rédaction légale.</summary>
    public static readonly IReadOnlyList<(CriteresPrioritaires Critere, string Libelle)> Criteres =
    [
        (
            CriteresPrioritaires.Handicap,
            "a) Personnes en situation de handicap ou familles ayant à leur charge une personne en situation de handicap"
        ),
        (
            CriteresPrioritaires.SortieCoordinationTherapeutique,
            "b) Personnes sortant d'un appartement de coordination thérapeutique"
        ),
        (
            CriteresPrioritaires.MalLogeDefavorise,
            "c) Personnes mal logées ou défavorisées et personnes rencontrant des difficultés particulières de logement"
        ),
        (
            CriteresPrioritaires.HebergementTransition,
            "d) Personnes hébergées ou logées temporairement dans un établissement ou un logement de transition"
        ),
        (
            CriteresPrioritaires.RepriseActivite,
            "e) Personnes reprenant une activité après une période de chômage de longue durée"
        ),
        (CriteresPrioritaires.HabitatIndigne, "f) Personnes exposées à des situations d'habitat indigne"),
        (
            CriteresPrioritaires.Violences,
            "g) Personnes victimes de violences au sein du couple ou menacées de mariage forcé"
        ),
        (
            CriteresPrioritaires.SortieProstitution,
            "h) Personnes engagées dans le parcours de sortie de la prostitution et d'insertion sociale et professionnelle"
        ),
        (
            CriteresPrioritaires.VictimeTraite,
            "i) Personnes victimes de l'une des infractions de traite des êtres humains ou de proxénétisme"
        ),
        (
            CriteresPrioritaires.SurOccupationAvecEnfant,
            "j) Personnes ayant à leur charge un enfant mineur et logées dans des locaux manifestement sur-occupés ou ne présentant pas le caractère d'un logement décent"
        ),
    ];

    public static readonly IReadOnlyList<(Typologies Typologie, string Code)> ToutesTypologies =
    [
        (Typologies.T1, "T1"),
        (Typologies.T2, "T2"),
        (Typologies.T3, "T3"),
        (Typologies.T4, "T4"),
        (Typologies.T5, "T5"),
        (Typologies.T6Plus, "T6+"),
    ];

    public static string Libelle(this Typologies t) =>
        t == Typologies.Aucune
            ? "—"
            : string.Join(", ", ToutesTypologies.Where(x => t.HasFlag(x.Typologie)).Select(x => x.Code));

    public static readonly IReadOnlyList<(ProduitsEligibles Produit, string Code)> Produits =
    [
        (ProduitsEligibles.Plai, "PLAI"),
        (ProduitsEligibles.Plus, "PLUS"),
        (ProduitsEligibles.Pls, "PLS"),
    ];

    public static string Libelle(this ProduitsEligibles p) =>
        p == ProduitsEligibles.Aucun
            ? "Aucun"
            : string.Join(", ", Produits.Where(x => p.HasFlag(x.Produit)).Select(x => x.Code));

    public static string Libelle(this GeographiePlafonds g) =>
        g switch
        {
            GeographiePlafonds.Paris => "Paris et communes limitrophes",
            GeographiePlafonds.IleDeFrance => "Île-de-France hors Paris et communes limitrophes",
            _ => "Autres régions",
        };

    public static string Categorie(int categorie) =>
        categorie <= CategorieMenage.DerniereCategorie
            ? categorie.ToString(Fr)
            : $"6 + {categorie - CategorieMenage.DerniereCategorie} personne(s)";
}
