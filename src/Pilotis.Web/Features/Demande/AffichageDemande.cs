using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>Libellés français des valeurs d'une demande (formulaire, fiche, liste, export) et formats
/// d'affichage.</summary>
public static class AffichageDemande
{
    /// <summary>États du registre (code du filtre, état, libellé court), depuis <see
    /// cref="CodesDemande.Etats"/>.</summary>
    public static readonly IReadOnlyList<(string Code, EtatDemande Etat, string Libelle)> Etats =
    [
        .. CodesDemande.Etats.Select(e => (e.Code, e.Valeur, e.Court)),
    ];

    public static string Libelle(this EtatDemande e) => CodesDemande.Court(CodesDemande.Etats, e);

    public static string ClasseBadge(EtatDemande e) =>
        e switch
        {
            EtatDemande.Active => "fr-badge--success",
            EtatDemande.ARenouveler => "fr-badge--warning",
            EtatDemande.Satisfaite => "fr-badge--info",
            _ => "fr-badge--error",
        };

    public static string Libelle(this MotifRadiation m) => CodesDemande.Court(CodesDemande.MotifsRadiation, m);

    public static string Libelle(this SituationLogement s) => CodesDemande.Libelle(CodesDemande.Situations, s);

    public static string Libelle(this LienMembre l) => CodesDemande.Libelle(CodesDemande.Liens, l);

    /// <summary>Accident de la vie, pour la liste du formulaire (arrêté du 29 juillet 1987, art. 3).</summary>
    public static string Libelle(EvenementRessources e) =>
        e switch
        {
            EvenementRessources.PerteEmploi => "Perte d'emploi",
            EvenementRessources.Separation => "Divorce ou séparation",
            EvenementRessources.Deces => "Décès",
            _ => "Aucun",
        };

    /// <summary>Motifs de la demande (libellé court), depuis <see cref="CodesDemande.Motifs"/>.</summary>
    public static readonly IReadOnlyList<(MotifsDemande Motif, string Libelle)> Motifs =
    [
        .. CodesDemande.Motifs.Select(m => (m.Valeur, m.Court)),
    ];

    /// <summary>Les critères de priorité de l'article L441-1 du CCH, avec leur lettre et leur rédaction
    /// légale.</summary>
    public static readonly IReadOnlyList<(CriteresPrioritaires Critere, string Libelle)> Criteres =
    [
        .. CodesDemande.Criteres.Select(c => (c.Valeur, c.Libelle)),
    ];

    /// <summary>Typologies (libellé court), depuis <see cref="CodesDemande.TypologiesCodes"/>.</summary>
    public static readonly IReadOnlyList<(Typologies Typologie, string Code)> ToutesTypologies =
    [
        .. CodesDemande.TypologiesCodes.Select(t => (t.Valeur, t.Court)),
    ];

    public static string Libelle(this Typologies t) =>
        t == Typologies.Aucune ? "—" : CodesDemande.Libelles(CodesDemande.TypologiesCodes, t, courts: true);

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
            ? categorie.ToString(Affichage.Fr)
            : $"6 + {categorie - CategorieMenage.DerniereCategorie} personne(s)";
}
