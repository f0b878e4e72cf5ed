using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Lit une ligne du fichier du parc (colonnes de <see cref="FormatLogements.Colonnes"/>) : le logement, ou tous les
/// motifs de refus de la ligne, colonne par colonne, en français. Les règles de valeur sont celles du domaine
/// (<see cref="ValidationLogement"/>, <see cref="CodesParc"/>) ; ici, le bailleur (SIREN), la commune et le
/// périmètre de l'acteur.
/// </summary>
public sealed class LectureLogement(
    IReadOnlyDictionary<string, int[]> bailleursParSiren,
    IReadOnlyDictionary<string, string> departementParCommune,
    PerimetreImportLogements perimetre,
    int anneeCourante
)
{
    /// <param name="cellule">La valeur de la colonne d'indice i de <see cref="FormatLogements.Colonnes"/>.</param>
    public Logement? Lire(Func<int, string?> cellule, List<string> messages)
    {
        ArgumentNullException.ThrowIfNull(cellule);
        ArgumentNullException.ThrowIfNull(messages);
        var identifiant = cellule(0)?.Trim();
        Ajouter(messages, ValidationLogement.RefusIdentifiant(identifiant));
        var bailleur = Bailleur(cellule(1)?.Trim(), messages);
        var commune = cellule(2)?.Trim().ToUpperInvariant();
        string? departement = null;
        if (commune is null || !departementParCommune.TryGetValue(commune, out departement))
            messages.Add(
                $"code_commune : « {Francais.Extrait(commune)} » n'est pas une commune actuelle du référentiel."
            );
        var adresse = cellule(3)?.Trim();
        Ajouter(messages, ValidationLogement.RefusAdresse(adresse));
        var qpv = OuiNon(cellule(4), messages);
        var typologie = CodesParc.TypologieDepuisCode(cellule(5));
        if (typologie is null)
            messages.Add(Inconnu("typologie", cellule(5), CodesParc.CodesTypologies));
        var surface = Nombre(cellule(6), "surface", messages);
        if (surface is decimal s)
            Ajouter(messages, ValidationLogement.RefusSurface(s));
        var financement = CodesParc.FinancementDepuisCode(cellule(7));
        if (financement is null)
            messages.Add(Inconnu("financement", cellule(7), CodesParc.CodesFinancements));
        var annee = Annee(cellule(8), messages);
        var loyer = Nombre(cellule(9), "loyer", messages);
        if (loyer is decimal l)
            Ajouter(messages, ValidationLogement.RefusLoyer(l));
        if (!ValidationLogement.LireEtiquette(cellule(10), out var etiquette))
            messages.Add(
                $"etiquette_energie : « {Francais.Extrait(cellule(10))} » au lieu d'une lettre de A à G ou "
                    + "d'une valeur vide."
            );
        var occupation = CodesParc.OccupationDepuisCode(cellule(11));
        if (occupation is null)
            messages.Add(Inconnu("occupation", cellule(11), CodesParc.CodesOccupations));
        if (bailleur is int b && departement is not null && !perimetre.Admet(b, departement))
            messages.Add(RefusPerimetre(b, commune!, departement));
        if (messages.Count > 0)
            return null;
        return new Logement
        {
            IdentifiantRpls = identifiant!,
            BailleurId = bailleur!.Value,
            CommuneCode = commune!,
            Adresse = adresse!,
            EnQpv = qpv!.Value,
            Typologie = typologie!.Value,
            Surface = Math.Round(surface!.Value, 2, MidpointRounding.AwayFromZero),
            Financement = financement!.Value,
            AnneeConstruction = annee!.Value,
            LoyerMensuel = Math.Round(loyer!.Value, 2, MidpointRounding.AwayFromZero),
            EtiquetteEnergie = etiquette,
            Occupation = occupation!.Value,
        };
    }

    private string RefusPerimetre(int bailleur, string commune, string departement) =>
        perimetre.BailleurId is int propre && propre != bailleur
            ? "siren_bailleur : ce logement est d'un autre bailleur ; vous ne pouvez importer que les vôtres."
            : $"code_commune : la commune {commune} (département {departement}) est hors de votre périmètre.";

    private static void Ajouter(List<string> messages, string? message)
    {
        if (message is not null)
            messages.Add(message);
    }

    private static string Inconnu(string colonne, string? valeur, string admis) =>
        $"{colonne} : « {Francais.Extrait(valeur)} » n'est pas un code connu ({admis}).";

    private int? Bailleur(string? siren, List<string> messages)
    {
        if (string.IsNullOrEmpty(siren) || !bailleursParSiren.TryGetValue(siren, out var ids))
        {
            messages.Add(
                $"siren_bailleur : aucune organisation de Pilotis n'a le SIREN « {Francais.Extrait(siren)} »."
            );
            return null;
        }
        if (ids.Length > 1)
        {
            messages.Add($"siren_bailleur : plusieurs organisations portent le SIREN {siren}.");
            return null;
        }
        return ids[0];
    }

    /// <summary>« O » ou « N », rien d'autre (le format est fermé).</summary>
    private static bool? OuiNon(string? valeur, List<string> messages)
    {
        switch (valeur?.Trim().ToUpperInvariant())
        {
            case "O":
                return true;
            case "N":
                return false;
            case null or "":
                messages.Add("qpv : valeur obligatoire (O ou N).");
                return null;
            default:
                messages.Add($"qpv : « {Francais.Extrait(valeur)} » au lieu de O ou N.");
                return null;
        }
    }

    private static decimal? Nombre(string? valeur, string colonne, List<string> messages)
    {
        if (!LectureValeurs.Nombre(valeur, out var nombre))
        {
            messages.Add($"{colonne} : « {Francais.Extrait(valeur)} » n'est pas un nombre (ex. 54,5).");
            return null;
        }
        return nombre;
    }

    private int? Annee(string? valeur, List<string> messages)
    {
        if (!LectureValeurs.Entier(valeur, out var annee))
        {
            messages.Add($"annee_construction : {MessagesSaisie.PasUneAnnee(valeur)}");
            return null;
        }
        if (ValidationLogement.RefusAnnee(annee, anneeCourante) is string refus)
        {
            messages.Add(refus);
            return null;
        }
        return annee;
    }
}
