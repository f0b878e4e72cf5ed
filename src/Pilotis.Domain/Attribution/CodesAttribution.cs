namespace Pilotis.Domain.Attribution;

/// <summary>Codes des fichiers et libellés des contingents : une seule table (ADR 0010).</summary>
public static class CodesAttribution
{
    public static readonly IReadOnlyList<(Contingent Valeur, string Code, string Libelle)> Contingents =
    [
        (Contingent.Prefet, "PREFET", "Contingent préfectoral"),
        (Contingent.ActionLogement, "ACTION_LOGEMENT", "Action Logement"),
        (Contingent.Collectivite, "COLLECTIVITE", "Collectivité territoriale"),
        (Contingent.Bailleur, "BAILLEUR", "Logement non réservé du bailleur"),
    ];

    /// <summary>Le contingent d'un code de fichier (casse et espaces ignorés) ; null s'il est inconnu.</summary>
    public static Contingent? ContingentDepuisCode(string? code)
    {
        var c = code?.Trim();
        foreach (var (valeur, texte, _) in Contingents)
        {
            if (string.Equals(texte, c, StringComparison.OrdinalIgnoreCase))
                return valeur;
        }
        return null;
    }

    public static string Code(this Contingent contingent) => Contingents.First(c => c.Valeur == contingent).Code;

    public static string Libelle(this Contingent contingent) => Contingents.First(c => c.Valeur == contingent).Libelle;

    /// <summary>Les codes admis, pour les messages d'erreur.</summary>
    public static string CodesAdmis => string.Join(", ", Contingents.Select(c => c.Code));
}
