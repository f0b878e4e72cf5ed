using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Information du demandeur, sans compte (CCH L441-2-8) : avec le numéro unique ET la date de dépôt imprimés sur son
/// attestation d'enregistrement, le demandeur voit l'état de sa demande, sa date de validité, son score expliqué, sa
/// position parmi les demandes semblables et le délai moyen d'attente des demandes semblables satisfaites. Le couple
/// vaut secret : la même réponse « Aucune demande ne correspond » que le numéro existe ou non. Aucune donnée
/// personnelle n'est affichée (ni composition, ni ressources, ni
/// motifs). Envoi en POST : le numéro ne va pas dans l'adresse.
/// </summary>
[AllowAnonymous]
public sealed class MaDemandeModel(PilotisDbContext db, TimeProvider horloge) : PageModel
{
    /// <summary>
    /// Essais infructueux tolérés par adresse IP et par fenêtre
    /// : le couple (numéro, date) vaut secret, on ne laisse pas
    /// essayer toutes les dates d'une année pour un numéro connu.
    /// </summary>
    public const int EssaisParFenetre = 30;
    private const long FenetreMs = 15 * 60 * 1000;
    private static readonly ConcurrentDictionary<string, (int Echecs, long Debut)> Echecs = new(StringComparer.Ordinal);

    public const string MessageTropDEssais =
        "Trop d'essais infructueux depuis votre connexion : réessayez dans un quart d'heure, avec le numéro unique "
        + "et la date de dépôt de votre attestation.";

    public const string MessageAucune =
        "Aucune demande ne correspond à ce numéro unique et à cette date de dépôt. Vérifiez les deux sur votre "
        + "attestation d'enregistrement.";

    [BindProperty]
    public string? NumeroUnique { get; set; }

    [BindProperty]
    public string? DateDepot { get; set; }

    public Dictionary<string, string> Erreurs { get; } = new(StringComparer.Ordinal);
    public string? Erreur { get; private set; }
    public InformationDemande? Information { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var numero = NumeroUnique?.Trim();
        if (string.IsNullOrEmpty(numero))
            Erreurs[nameof(NumeroUnique)] =
                "Indiquez le numéro unique de votre demande (sur l'attestation d'enregistrement).";
        else if (numero.Length > DemandeLogement.LongueurNumeroUniqueMaximum)
            Erreurs[nameof(NumeroUnique)] =
                $"Le numéro unique compte au plus {DemandeLogement.LongueurNumeroUniqueMaximum} caractères.";
        DateOnly? depot = null;
        if (string.IsNullOrWhiteSpace(DateDepot))
            Erreurs[nameof(DateDepot)] =
                "Indiquez la date de dépôt de votre demande (sur l'attestation d'enregistrement).";
        else if (
            DateOnly.TryParseExact(
                DateDepot.Trim(),
                ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var d
            )
        )
            depot = d;
        else
            Erreurs[nameof(DateDepot)] = $"« {DateDepot} » n'est pas une date (jj/mm/aaaa).";
        if (Erreurs.Count > 0 || depot is null)
            return Page();

        var ip = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "inconnue";
        var maintenant = Environment.TickCount64;
        if (Echecs.TryGetValue(ip, out var e) && maintenant - e.Debut < FenetreMs && e.Echecs >= EssaisParFenetre)
        {
            Erreur = MessageTropDEssais;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        Information = await RequetesDemande.LireInformationAsync(
            db,
            numero!,
            depot.Value,
            DateOnly.FromDateTime(horloge.GetLocalNow().DateTime),
            ct
        );
        if (Information is null)
        {
            if (Echecs.Count > 100_000)
                Echecs.Clear();
            Echecs.AddOrUpdate(
                ip,
                _ => (1, maintenant),
                (_, v) => maintenant - v.Debut >= FenetreMs ? (1, maintenant) : (v.Echecs + 1, v.Debut)
            );
            Erreur = MessageAucune;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    public static string Rang(int rang) => rang == 1 ? "1re" : $"{rang}e";

    public static string Etat(EtatDemande etat) => CodesDemande.Libelle(CodesDemande.Etats, etat);
}
