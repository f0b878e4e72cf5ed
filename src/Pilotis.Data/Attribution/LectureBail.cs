using CsvHelper;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Lit une ligne d'un fichier de baux signés : le bail, ou une erreur qui porte tous ses motifs (colonne par
/// colonne, en français).
/// </summary>
internal sealed class LectureBail(
    Dictionary<string, int[]> bailleursParSiren,
    CommunesImportables communes,
    DateOnly aujourdhui
)
{
    public (BailLu? Lu, ErreurLigne? Erreur) Lire(CsvReader csv, Dictionary<string, string> entetes)
    {
        var ligne = (int)csv.LineNumber;
        string? Valeur(string colonne) =>
            entetes.TryGetValue(colonne, out var brute) ? csv.GetStringOrNull(brute)?.Trim() : null;
        var messages = new List<string>();
        var numero = Texte(Valeur("numero_attribution"), "numero_attribution", obligatoire: true, messages);
        var bailleur = Bailleur(Valeur("siren_bailleur"), messages);
        var commune = Valeur("code_commune")?.ToUpperInvariant();
        if (communes.Refus(commune, "code_commune") is string refusCommune)
            messages.Add(refusCommune);
        var enQpv = OuiNon(Valeur("logement_en_qpv"), "logement_en_qpv", messages);
        var contingent = CodesAttribution.ContingentDepuisCode(Valeur("contingent"));
        if (contingent is null)
            messages.Add(
                $"contingent : « {Francais.Extrait(Valeur("contingent") ?? "")} » n'est pas un contingent connu "
                    + $"({CodesAttribution.CodesAdmis})."
            );
        var date = DateSignature(Valeur("date_signature_bail"), messages);
        var ressources = Ressources(Valeur("ressources_annuelles_par_uc"), messages);
        var dalo = OuiNon(Valeur("dalo"), "dalo", messages);
        var prioritaire = OuiNon(Valeur("prioritaire"), "prioritaire", messages);
        var renouvellement = OuiNon(
            Valeur("relogement_renouvellement_urbain"),
            "relogement_renouvellement_urbain",
            messages
        );
        var numeroUnique = Texte(Valeur("numero_unique"), "numero_unique", obligatoire: false, messages);
        if (messages.Count > 0)
            return (null, new ErreurLigne(ligne, string.Join(" ", messages)));
        var bail = new BailSigne
        {
            NumeroAttribution = numero!,
            BailleurId = bailleur!.Value,
            CommuneCode = commune!,
            LogementEnQpv = enQpv!.Value,
            Contingent = contingent!.Value,
            DateSignatureBail = date!.Value,
            RessourcesAnnuellesParUc = ressources!.Value,
            Dalo = dalo!.Value,
            Prioritaire = prioritaire!.Value,
            RelogementRenouvellementUrbain = renouvellement!.Value,
            NumeroUnique = numeroUnique,
        };
        return (new BailLu(ligne, bail), null);
    }

    private static string? Texte(string? valeur, string colonne, bool obligatoire, List<string> messages)
    {
        if (string.IsNullOrEmpty(valeur))
        {
            if (obligatoire)
                messages.Add($"{colonne} : valeur obligatoire.");
            return null;
        }
        if (valeur.Length > BailSigne.LongueurNumeroMaximum)
        {
            messages.Add($"{colonne} : {BailSigne.LongueurNumeroMaximum} caractères au plus.");
            return null;
        }
        return valeur;
    }

    private int? Bailleur(string? siren, List<string> messages)
    {
        if (string.IsNullOrEmpty(siren) || !bailleursParSiren.TryGetValue(siren, out var ids))
        {
            messages.Add(
                $"siren_bailleur : aucune organisation de Pilotis n'a le SIREN « {Francais.Extrait(siren ?? "")} »."
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

    /// <summary>« O » ou « N », rien d'autre (le format est fermé, docs/formats/attributions.md).</summary>
    private static bool? OuiNon(string? valeur, string colonne, List<string> messages)
    {
        switch (valeur?.ToUpperInvariant())
        {
            case "O":
                return true;
            case "N":
                return false;
            case null or "":
                messages.Add($"{colonne} : valeur obligatoire (O ou N).");
                return null;
            default:
                messages.Add($"{colonne} : « {Francais.Extrait(valeur)} » au lieu de O ou N.");
                return null;
        }
    }

    private DateOnly? DateSignature(string? valeur, List<string> messages)
    {
        if (LectureValeurs.ErreurDate(valeur) is string erreur)
        {
            messages.Add($"date_signature_bail : {erreur}");
            return null;
        }
        LectureValeurs.Date(valeur, out var date);
        if (date > aujourdhui)
        {
            messages.Add($"date_signature_bail : le {Francais.Date(date)} est dans le futur.");
            return null;
        }
        return date;
    }

    private static decimal? Ressources(string? valeur, List<string> messages)
    {
        if (!LectureValeurs.Nombre(valeur, out var ressources) || ressources < 0)
        {
            messages.Add(
                $"ressources_annuelles_par_uc : « {Francais.Extrait(valeur ?? "")} » n'est pas un montant positif "
                    + "(ex. 8500,50)."
            );
            return null;
        }
        return ressources;
    }
}
