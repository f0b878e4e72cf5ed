using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Commun;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Saisie d'une convention de flux par le bailleur (création et modification) : lecture des champs avec un message
/// français par champ, puis les limites légales (<see cref="LimitesConventionsFlux"/>) ; rien n'est écrit au moindre
/// refus. Concurrence optimiste sur la date de modification de la convention.
/// </summary>
public abstract class EditionConventionModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    protected PilotisDbContext Db { get; } = db;
    protected ActeurCourant ActeurCourant { get; } = acteurCourant;
    protected TimeProvider Horloge { get; } = horloge;

    [BindProperty]
    public SaisieConvention Saisie { get; set; } = new();

    public Dictionary<string, string> Erreurs { get; } = [];
    public List<string> RefusLegaux { get; } = [];
    public string? Message { get; protected set; }
    public bool EnErreur { get; private set; }
    public List<(int Id, string Nom)> Reservataires { get; private set; } = [];
    public ResultatConversion? Conversion { get; protected set; }

    public abstract string Titre { get; }
    public abstract string Action { get; }

    /// <summary>Les organisations qui peuvent être réservataires dans le département : préfet (service de l'État
    /// réservataire), Action Logement, collectivités.</summary>
    protected async Task ChargerReservatairesAsync(string departement, CancellationToken ct)
    {
        TypeOrganisation[] types = [TypeOrganisation.Reservataire, TypeOrganisation.Epci, TypeOrganisation.Commune];
        Reservataires = (
            await Db
                .Organisations.AsNoTracking()
                .Where(o => types.Contains(o.Type) && o.DepartementCode == departement)
                .Select(o => new { o.Id, o.Nom })
                .ToListAsync(ct)
        )
            .Select(o => (o.Id, o.Nom))
            .OrderBy(o => o.Nom, Francais.Ordre)
            .ToList();
    }

    /// <summary>
    /// Lit la saisie dans la convention et vérifie les limites contre les autres conventions du bailleur dans le
    /// département ; vrai si tout est accepté.
    /// </summary>
    protected async Task<bool> LireEtVerifierAsync(ConventionFlux convention, CancellationToken ct)
    {
        foreach (var (champ, message) in Saisie.Lire(convention))
            Erreurs.TryAdd(champ, message);
        if (Saisie.ReservataireId is int r && !Reservataires.Any(o => o.Id == r))
            Erreurs.TryAdd(nameof(SaisieConvention.ReservataireId), "Choisissez un réservataire de la liste.");
        Conversion = ConversionReservations.Calculer(
            convention.ReservationsConverties,
            convention.TauxRotationReserves,
            convention.FluxAnnuelPrevisionnel
        );
        if (Erreurs.Count > 0)
            return false;
        var autres = await Db
            .ConventionsFlux.AsNoTracking()
            .Where(c => c.BailleurId == convention.BailleurId && c.DepartementCode == convention.DepartementCode)
            .ToListAsync(ct);
        return Limites(convention, autres);
    }

    protected bool Limites(ConventionFlux convention, List<ConventionFlux> autres)
    {
        foreach (var e in LimitesConventionsFlux.Verifier(convention, autres))
        {
            RefusLegaux.Add(e.Message);
            Erreurs.TryAdd(e.Champ, e.Message);
        }
        return RefusLegaux.Count == 0;
    }

    protected PageResult Echec(string message)
    {
        Message = message;
        EnErreur = true;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public string? Erreur(string champ) => Erreurs.GetValueOrDefault(champ);

    /// <summary>Un champ texte du formulaire, avec sa valeur saisie et son erreur.</summary>
    public ChampConvention Champ(string nom, string libelle, string type = "text") =>
        new(nom, libelle, typeof(SaisieConvention).GetProperty(nom)?.GetValue(Saisie)?.ToString(), Erreur(nom), type);
}
