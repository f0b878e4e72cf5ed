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
/// motifs). Envoi en POST : le numéro ne va pas dans l'adresse. Les essais sont limités par adresse
/// (<see cref="Infrastructure.Securite.LimitesDebit"/>, famille « ma-demande »).
/// </summary>
[AllowAnonymous]
public sealed class MaDemandeModel(PilotisDbContext db, TimeProvider horloge) : PageModel
{
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
        else if (LectureValeurs.Date(DateDepot, out var d))
            depot = d;
        else
            Erreurs[nameof(DateDepot)] = LectureValeurs.ErreurDate(DateDepot)!;
        if (Erreurs.Count > 0 || depot is null)
            return Page();

        Information = await RequetesDemande.LireInformationAsync(
            db,
            numero!,
            depot.Value,
            DateOnly.FromDateTime(horloge.GetLocalNow().DateTime),
            ct
        );
        if (Information is null)
        {
            Erreur = MessageAucune;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    public static string Rang(int rang) => rang == 1 ? "1re" : $"{rang}e";

    public static string Etat(EtatDemande etat) => CodesDemande.Libelle(CodesDemande.Etats, etat);
}
