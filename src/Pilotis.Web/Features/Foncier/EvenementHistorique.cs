using System.Text.Json;
using Pilotis.Domain.Foncier;

namespace Pilotis.Web.Features.Foncier;

/// <summary>
/// Une entrée de l'historique d'un site ou d'un outil, lue dans le journal (écrit par PilotisDbContext à chaque
/// enregistrement) : quand, qui, quoi, et les champs changés (le statut en clair).
/// </summary>
public sealed record EvenementHistorique(DateTimeOffset Quand, string Auteur, string Action, string Details)
{
    private static readonly HashSet<string> Ignores = ["Id", "Jeton", "ModifieLe", "CreeLe", "Empreinte"];

    public static EvenementHistorique Depuis(
        DateTimeOffset quand,
        string auteur,
        string action,
        string? avant,
        string? apres
    )
    {
        var details = new List<string>();
        var valeursAvant = Lire(avant);
        foreach (var (champ, valeur) in Lire(apres).Where(v => !Ignores.Contains(v.Key)))
        {
            if (champ == nameof(SiteFoncier.Statut) && valeur.ValueKind == JsonValueKind.Number)
            {
                var vers = ((StatutSite)valeur.GetInt32()).Libelle();
                details.Add(
                    valeursAvant.TryGetValue(champ, out var a) && a.ValueKind == JsonValueKind.Number
                        ? $"statut : {((StatutSite)a.GetInt32()).Libelle()} → {vers}"
                        : $"statut : {vers}"
                );
            }
            else if (action != "Création")
                details.Add(champ);
        }
        var texte =
            action == "Création" ? string.Join(", ", details) : "champs modifiés : " + string.Join(", ", details);
        return new(quand, auteur, action, details.Count == 0 ? "" : texte);
    }

    private static Dictionary<string, JsonElement> Lire(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return [];
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
