using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Information;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Web.Infrastructure;
using Pilotis.Web.Infrastructure.Securite;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// La page publique d'une commune (seed 001, solution 8), sans compte : comment et où demander un logement social,
/// le simulateur d'éligibilité, la grille de cotation de l'EPCI, le parc et son renouvellement, les opérations agréées
/// ou en cours, la situation SRU, les contacts publics de l'annuaire ; le texte de la commune et ses blocs. Intégrable
/// (<c>?integre=1</c> : sans en-tête ni pied, encadrable). Chaque visite d'un navigateur (pas d'un robot) compte, sans
/// cookie ni donnée personnelle.
/// </summary>
public sealed class PageCommuneModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    /// <summary>« integre=1 » (ou true) : version sans en-tête ni pied, pour une iframe.</summary>
    [BindProperty(SupportsGet = true, Name = "integre")]
    public string? IntegreDemande { get; set; }

    public bool Integre => IntegreDemande is "1" or "true" or "True";
    public DonneesPageCommune Donnees { get; private set; } = null!;
    public bool PeutModifier { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!CodeCommune.BienForme(Code))
            return NotFound();
        var donnees = await RequetesInformationPublique.PageCommuneAsync(
            db,
            Code,
            Affichage.JourAParis(horloge.GetUtcNow()),
            ct
        );
        if (donnees is null)
            return NotFound();
        Donnees = donnees;
        // Seules cette page et le simulateur d'éligibilité se laissent encadrer par le site d'une commune.
        if (Integre)
            EntetesSecurite.AutoriserEncadrement(Response);
        if (!VisiteurRobot.Est(Request.Headers.UserAgent))
            await CompteurVisitesPagesCommunes.NoterAsync(db, Code, ct);
        // Le public n'a pas de session : on ne lit l'acteur (une requête) que pour un compte connecté.
        if (User.Identity?.IsAuthenticated == true && await acteurCourant.LireAsync() is { } acteur)
            PeutModifier = Habilitations.Autorise(
                acteur,
                Ressource.PagesCommunes,
                Acte.Modifier,
                new Cible(null, new Localisation(Code, donnees.EpciSiren, donnees.DepartementCode, null))
            );
        return Page();
    }

    /// <summary>Le texte de la commune en paragraphes (une ligne vide les sépare) ; affiché échappé.</summary>
    public static IReadOnlyList<string> Paragraphes(string? texte) =>
        string.IsNullOrWhiteSpace(texte)
            ? []
            : texte
                .Replace("\r\n", "\n", StringComparison.Ordinal)
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToList();
}
