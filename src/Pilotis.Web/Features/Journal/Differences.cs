using System.Globalization;
using System.Text.Json;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Features.Annuaire.Organisations;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Journal;

/// <summary>
/// Lecture des entrées du journal pour un humain : noms d'objets et de champs en français, et différences champ par
/// champ
/// entre les JSON « avant » et « après » écrits par PilotisDbContext.
/// </summary>
public static class Differences
{
    private static readonly Dictionary<string, string> Objets = new(StringComparer.Ordinal)
    {
        ["Organisation"] = "Organisation",
        ["Utilisateur"] = "Compte utilisateur",
        ["IdentityUserRole`1"] = "Rôle d'un compte",
        ["IdentityRole"] = "Rôle",
        ["IdentityUserClaim`1"] = "Revendication d'un compte",
        ["AttributCommune"] = "Attribut de commune",
        ["Reglage"] = "Réglage",
        ["Referentiel"] = "Référentiel territorial",
    };

    private static readonly Dictionary<string, string> Champs = new(StringComparer.Ordinal)
    {
        ["Id"] = "Identifiant",
        ["Nom"] = "Nom",
        ["Type"] = "Type",
        ["Siren"] = "SIREN",
        ["PerimetreNiveau"] = "Niveau du périmètre",
        ["PerimetreCode"] = "Code du périmètre",
        ["DepartementCode"] = "Département",
        ["RegionCode"] = "Région",
        ["Active"] = "Active",
        ["Actif"] = "Actif",
        ["Demonstration"] = "Donnée de démonstration",
        ["NomComplet"] = "Nom complet",
        ["Email"] = "Courriel",
        ["NormalizedEmail"] = "Courriel (normalisé)",
        ["UserName"] = "Identifiant de connexion",
        ["NormalizedUserName"] = "Identifiant (normalisé)",
        ["EmailConfirmed"] = "Courriel confirmé",
        ["OrganisationId"] = "Organisation",
        ["InviteLe"] = "Invité le",
        ["LockoutEnd"] = "Verrouillé jusqu'au",
        ["LockoutEnabled"] = "Verrouillage possible",
        ["AccessFailedCount"] = "Échecs de connexion",
        ["PhoneNumber"] = "Téléphone",
        ["PhoneNumberConfirmed"] = "Téléphone confirmé",
        ["TwoFactorEnabled"] = "Double authentification",
        ["UserId"] = "Compte",
        ["RoleId"] = "Rôle",
        ["Cle"] = "Clé",
        ["Valeur"] = "Valeur",
        ["CommuneCode"] = "Commune",
        ["Nature"] = "Nature",
        ["ValideDepuis"] = "Valable depuis",
        ["Source"] = "Source",
    };

    public static string Objet(string entite) => Objets.TryGetValue(entite, out var libelle) ? libelle : entite;

    public static string Champ(string champ) => Champs.TryGetValue(champ, out var libelle) ? libelle : champ;

    public static IEnumerable<(string Valeur, string Libelle)> ObjetsConnus(IEnumerable<string> entites) =>
        entites.Select(e => (e, Objet(e))).OrderBy(e => e.Item2, Francais.Ordre);

    /// <summary>
    /// Les champs de l'entrée : pour une modification, ceux qui ont changé (le journal n'enregistre qu'eux, plus la
    /// clé) ;
    /// pour une création ou une suppression, tous. <paramref name="noms"/> traduit les identifiants connus (rôles,
    /// organisations).
    /// </summary>
    public static List<Difference> Calculer(
        string? avant,
        string? apres,
        IReadOnlyDictionary<string, string>? noms = null
    )
    {
        var a = Lire(avant);
        var p = Lire(apres);
        var champs = a.Keys.Union(p.Keys).OrderBy(c => c == "Id" ? 0 : 1).ThenBy(c => Champ(c), StringComparer.Ordinal);
        var lignes = new List<Difference>();
        var modification = avant is not null && apres is not null;
        foreach (var champ in champs)
        {
            // Pour une modification, « avant » ne porte que la clé et les champs modifiés.
            if (modification && !a.ContainsKey(champ))
                continue;
            var texteAvant = a.TryGetValue(champ, out var va) ? Texte(champ, va, noms) : "";
            var texteApres = p.TryGetValue(champ, out var vp) ? Texte(champ, vp, noms) : "";
            var modifie = a.ContainsKey(champ) != p.ContainsKey(champ) || texteAvant != texteApres;
            if (modification && !modifie && champ != "Id")
                continue;
            lignes.Add(new Difference(champ, Champ(champ), texteAvant, texteApres, modifie && modification));
        }
        return lignes;
    }

    /// <summary>
    /// « Nom, SIREN » : les champs qu'une modification change, pour la liste et l'export (vide pour une création).
    /// </summary>
    public static string Resume(string? avant, string? apres) =>
        avant is null || apres is null
            ? ""
            : string.Join(", ", Calculer(avant, apres).Where(d => d.Champ != "Id").Select(d => d.Libelle));

    private static Dictionary<string, JsonElement> Lire(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document
                    .RootElement.EnumerateObject()
                    .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
                : new Dictionary<string, JsonElement> { ["Valeur"] = document.RootElement.Clone() };
        }
        catch (JsonException)
        {
            return new Dictionary<string, JsonElement>
            {
                ["Valeur"] = JsonDocument.Parse(JsonSerializer.Serialize(json)).RootElement.Clone(),
            };
        }
    }

    private static string Texte(string champ, JsonElement valeur, IReadOnlyDictionary<string, string>? noms)
    {
        switch (valeur.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return "—";
            case JsonValueKind.True:
                return "Oui";
            case JsonValueKind.False:
                return "Non";
            case JsonValueKind.Number
                when champ == "Type" && valeur.TryGetInt32(out var type) && Enum.IsDefined((TypeOrganisation)type):
                return ((TypeOrganisation)type).Libelle();
            case JsonValueKind.Number
                when champ == "PerimetreNiveau"
                    && valeur.TryGetInt32(out var niveau)
                    && Enum.IsDefined((NiveauPerimetre)niveau):
                return Perimetres.LibelleNiveau((NiveauPerimetre)niveau);
            case JsonValueKind.String
                when valeur.GetString()!.Length >= 19 && valeur.TryGetDateTimeOffset(out var instant):
                return Affichage.HeureDeParis(instant).ToString("dd/MM/yyyy HH:mm:ss", Affichage.Fr);
            default:
                var brut = valeur.ValueKind == JsonValueKind.String ? valeur.GetString()! : valeur.GetRawText();
                return
                    noms is not null
                    && champ is "RoleId" or "OrganisationId" or "UserId"
                    && noms.TryGetValue($"{champ}:{brut}", out var nom)
                    ? $"{nom} ({brut})"
                    : brut;
        }
    }
}
