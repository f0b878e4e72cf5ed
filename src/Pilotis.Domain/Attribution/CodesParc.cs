namespace Pilotis.Domain.Attribution;

/// <summary>
/// Codes du fichier du parc (docs/formats/logements.md) et libellés des typologies, financements, occupations et
/// réservations restées en stock : une seule table par énumération (ADR 0010), lue par l'import, les pages, les
/// exports, le semis et le générateur.
/// </summary>
public static class CodesParc
{
    public static readonly IReadOnlyList<(TypologieLogement Valeur, string Code, string Libelle)> Typologies =
    [
        (TypologieLogement.T1, "T1", "T1 (1 pièce)"),
        (TypologieLogement.T2, "T2", "T2 (2 pièces)"),
        (TypologieLogement.T3, "T3", "T3 (3 pièces)"),
        (TypologieLogement.T4, "T4", "T4 (4 pièces)"),
        (TypologieLogement.T5, "T5", "T5 (5 pièces)"),
        (TypologieLogement.T6Plus, "T6", "T6 (6 pièces et plus)"),
    ];

    /// <summary>Financement d'origine (RPLS) ; l'ancien régime couvre HLM/O, PLA et prêts antérieurs à 1977.</summary>
    public static readonly IReadOnlyList<(FinancementOrigine Valeur, string Code, string Libelle)> Financements =
    [
        (FinancementOrigine.Plai, "PLAI", "PLAI (prêt locatif aidé d'intégration)"),
        (FinancementOrigine.PlaiAdapte, "PLAI_ADAPTE", "PLAI adapté"),
        (FinancementOrigine.Plus, "PLUS", "PLUS (prêt locatif à usage social)"),
        (FinancementOrigine.Pls, "PLS", "PLS (prêt locatif social)"),
        (FinancementOrigine.Pli, "PLI", "PLI (prêt locatif intermédiaire)"),
        (FinancementOrigine.AncienRegime, "ANCIEN_REGIME", "Ancien régime (HLM/O, PLA, avant 1977)"),
    ];

    public static readonly IReadOnlyList<(EtatOccupation Valeur, string Code, string Libelle)> Occupations =
    [
        (EtatOccupation.Occupe, "OCCUPE", "Occupé"),
        (EtatOccupation.Vacant, "VACANT", "Vacant"),
        (EtatOccupation.HorsLocation, "HORS_LOCATION", "Hors location"),
    ];

    public static readonly IReadOnlyList<(ReservationNonConvertie Valeur, string Libelle)> Reservations =
    [
        (ReservationNonConvertie.Aucune, "Aucune (gestion en flux)"),
        (ReservationNonConvertie.DefenseSecuriteInterieure, "Défense nationale et sécurité intérieure"),
        (ReservationNonConvertie.EtablissementSante, "Établissement public de santé"),
    ];

    public static readonly IReadOnlyList<(OrigineDisponibilite Valeur, string Code, string Libelle)> Origines =
    [
        (OrigineDisponibilite.Liberation, "LIBERATION", "Libération (congé du locataire)"),
        (OrigineDisponibilite.MiseEnService, "MISE_EN_SERVICE", "Mise en service (programme livré)"),
    ];

    /// <summary>Codes des exclusions de l'assiette du flux (décret n° 2020-145) dans les fichiers d'import ; le
    /// libellé est celui de <see cref="LibellesAttribution"/>.</summary>
    public static readonly IReadOnlyList<(MotifExclusionFlux Valeur, string Code)> Exclusions =
    [
        (MotifExclusionFlux.Aucun, ""),
        (MotifExclusionFlux.MutationInterne, "MUTATION_INTERNE"),
        (MotifExclusionFlux.RelogementAnru, "ANRU"),
        (MotifExclusionFlux.RelogementOrcod, "ORCOD"),
        (MotifExclusionFlux.RelogementHabitatIndigne, "HABITAT_INDIGNE"),
        (MotifExclusionFlux.Vente, "VENTE"),
    ];

    public static readonly IReadOnlyList<(EtapeAttribution Valeur, string Libelle)> Etapes =
    [
        (EtapeAttribution.Declare, "Déclaré"),
        (EtapeAttribution.Oriente, "Orienté vers un réservataire"),
        (EtapeAttribution.CandidatsDesignes, "Candidats désignés"),
        (EtapeAttribution.InscritEnCommission, "Inscrit en CALEOL"),
        (EtapeAttribution.Attribue, "Attribué"),
        (EtapeAttribution.BailSigne, "Bail signé"),
        (EtapeAttribution.Retire, "Retiré de la location"),
    ];

    /// <summary>Étiquettes du diagnostic de performance énergétique (CCH L173-1-1).</summary>
    public const string Etiquettes = "ABCDEFG";

    public static TypologieLogement? TypologieDepuisCode(string? code) => Chercher(Typologies, code);

    public static FinancementOrigine? FinancementDepuisCode(string? code) => Chercher(Financements, code);

    public static EtatOccupation? OccupationDepuisCode(string? code) => Chercher(Occupations, code);

    public static string Code(this TypologieLogement t) => Typologies.First(x => x.Valeur == t).Code;

    public static string Libelle(this TypologieLogement t) => Typologies.First(x => x.Valeur == t).Libelle;

    public static string Code(this FinancementOrigine f) => Financements.First(x => x.Valeur == f).Code;

    public static string Libelle(this FinancementOrigine f) => Financements.First(x => x.Valeur == f).Libelle;

    public static string Code(this EtatOccupation o) => Occupations.First(x => x.Valeur == o).Code;

    public static string Libelle(this EtatOccupation o) => Occupations.First(x => x.Valeur == o).Libelle;

    public static string Libelle(this ReservationNonConvertie r) => Reservations.First(x => x.Valeur == r).Libelle;

    public static string Libelle(this OrigineDisponibilite o) => Origines.First(x => x.Valeur == o).Libelle;

    public static string Code(this OrigineDisponibilite o) => Origines.First(x => x.Valeur == o).Code;

    public static OrigineDisponibilite? OrigineDepuisCode(string? code) => Chercher(Origines, code);

    public static string CodesOrigines => string.Join(", ", Origines.Select(o => o.Code));

    public static string Code(this MotifExclusionFlux m) => Exclusions.First(x => x.Valeur == m).Code;

    /// <summary>Le motif d'un code ; un code vide est « dans le flux » ; null s'il est inconnu.</summary>
    public static MotifExclusionFlux? ExclusionDepuisCode(string? code)
    {
        var c = code?.Trim() ?? "";
        foreach (var (valeur, texte) in Exclusions)
        {
            if (string.Equals(texte, c, StringComparison.OrdinalIgnoreCase))
                return valeur;
        }
        return null;
    }

    public static string CodesExclusions => string.Join(", ", Exclusions.Skip(1).Select(e => e.Code));

    public static string Libelle(this EtapeAttribution e) => Etapes.First(x => x.Valeur == e).Libelle;

    public static string CodesTypologies => string.Join(", ", Typologies.Select(t => t.Code));

    public static string CodesFinancements => string.Join(", ", Financements.Select(t => t.Code));

    public static string CodesOccupations => string.Join(", ", Occupations.Select(t => t.Code));

    /// <summary>La valeur d'un code (casse et espaces ignorés) ; null s'il est inconnu.</summary>
    private static T? Chercher<T>(IReadOnlyList<(T Valeur, string Code, string Libelle)> table, string? code)
        where T : struct
    {
        var c = code?.Trim();
        foreach (var (valeur, texte, _) in table)
        {
            if (string.Equals(texte, c, StringComparison.OrdinalIgnoreCase))
                return valeur;
        }
        return null;
    }
}
