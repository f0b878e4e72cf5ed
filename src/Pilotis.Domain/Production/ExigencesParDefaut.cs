namespace Pilotis.Domain.Production;

/// <summary>La liste proposée à la création d'un département ; la DDTM l'adapte ensuite.</summary>
public static class ExigencesParDefaut
{
    public static IReadOnlyList<ExigenceDepot> Pour(string departementCode)
    {
        var ordre = 0;
        ExigenceDepot E(GenreExigence genre, string code, string libelle, string natures = "", string produits = "") =>
            new()
            {
                DepartementCode = departementCode,
                Genre = genre,
                Code = code,
                Libelle = libelle,
                Natures = natures,
                Produits = produits,
                Ordre = ++ordre,
            };
        const string Travaux = "NEUF,DEMOLITION_RECONSTRUCTION";
        const string Locatifs = "PLAI,PLAI_ADAPTE,PLUS,PLS";
        return
        [
            E(GenreExigence.Champ, "adresse", "Adresse de l'opération"),
            E(GenreExigence.Champ, "lots", "Au moins un lot avec ses logements"),
            E(GenreExigence.Champ, "typologies", "Logements ventilés par typologie"),
            E(GenreExigence.Champ, "surfaces", "Surfaces habitables et annexes"),
            E(GenreExigence.Champ, "loyers", "Loyers au m² de surface utile", produits: Locatifs),
            E(GenreExigence.Champ, "prix_revient", "Prix de revient par poste"),
            E(GenreExigence.Champ, "plan_financement", "Plan de financement équilibré"),
            E(GenreExigence.Champ, "foncier", "Foncier maîtrisé", natures: Travaux),
            E(GenreExigence.Champ, "permis", "Permis de construire obtenu", natures: Travaux),
            E(GenreExigence.Document, "plan_situation", "Plan de situation et plan masse"),
            E(GenreExigence.Document, "bilan_previsionnel", "Bilan financier prévisionnel"),
            E(GenreExigence.Document, "permis_construire", "Arrêté de permis de construire", natures: Travaux),
            E(
                GenreExigence.Document,
                "maitrise_fonciere",
                "Promesse de vente ou titre de propriété",
                natures: "NEUF,DEMOLITION_RECONSTRUCTION,ACQUISITION_AMELIORATION,ACQUISITION_SANS_TRAVAUX"
            ),
            E(GenreExigence.Document, "contrat_vefa", "Contrat de réservation VEFA", natures: "VEFA"),
            E(
                GenreExigence.Document,
                "diagnostic_technique",
                "Diagnostic technique et programme de travaux",
                natures: "ACQUISITION_AMELIORATION"
            ),
            E(
                GenreExigence.Document,
                "projet_social",
                "Projet social et accompagnement (PLAI adapté)",
                produits: "PLAI_ADAPTE"
            ),
            E(
                GenreExigence.Document,
                "plan_financement_accedant",
                "Plan de financement type de l'accédant",
                produits: "PSLA,BRS"
            ),
        ];
    }
}
