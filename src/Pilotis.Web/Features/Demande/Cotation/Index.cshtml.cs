using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande.Cotation;

/// <summary>
/// Les grilles de cotation publiées (CCH L441-2-8 : la grille est publique), sans compte ; pour un agent d'EPCI, en
/// plus, toutes les versions de sa grille (brouillons compris) et la création d'une nouvelle version.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    public sealed record LignePubliee(string Siren, string Nom, int Version, DateOnly? PublieeLe, int Criteres);

    public IReadOnlyList<LignePubliee> Publiees { get; private set; } = [];
    public string? EpciGere { get; private set; }
    public string? EpciGereNom { get; private set; }
    public IReadOnlyList<GrilleCotation> MesGrilles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var grilles = await db
            .GrillesCotation.AsNoTracking()
            .Where(g => g.Statut == StatutGrille.Publiee)
            .ToListAsync(ct);
        var sirens = grilles.Select(g => g.EpciSiren).ToList();
        var noms = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        Publiees = grilles
            .Select(g => new LignePubliee(
                g.EpciSiren,
                noms.GetValueOrDefault(g.EpciSiren, g.EpciSiren),
                g.Version,
                g.PublieeLe,
                g.Criteres.Count
            ))
            .OrderBy(l => l.Nom, Francais.Ordre)
            .ToList();
        EpciGere = AccesCotation.EpciGere(await acteurCourant.LireAsync());
        if (EpciGere is not null)
        {
            EpciGereNom = await db
                .Epcis.AsNoTracking()
                .Where(e => e.Siren == EpciGere)
                .Select(e => e.Nom)
                .FirstOrDefaultAsync(ct)
                ?? EpciGere;
            MesGrilles = await db
                .GrillesCotation.AsNoTracking()
                .Where(g => g.EpciSiren == EpciGere)
                .OrderByDescending(g => g.Version)
                .ToListAsync(ct);
        }
    }

    /// <summary>Nouvelle version (brouillon) à partir de la version publiée, ou de la grille proposée par
    /// défaut.</summary>
    public async Task<IActionResult> OnPostCreerAsync(CancellationToken ct)
    {
        var epci = AccesCotation.EpciGere(await acteurCourant.LireAsync());
        if (epci is null)
            return Forbid();
        var grille = await CreerVersionAsync(db, epci, horloge.GetUtcNow(), ct);
        return Redirect($"/cotation/grilles/{grille.Id}?creee=1");
    }

    // Cycle de vie des grilles : une nouvelle version part de la publiée (ou de la proposition par défaut).
    public static async Task<GrilleCotation> CreerVersionAsync(
        PilotisDbContext db,
        string epciSiren,
        DateTimeOffset quand,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var publiee = await db
            .GrillesCotation.AsNoTracking()
            .FirstOrDefaultAsync(g => g.EpciSiren == epciSiren && g.Statut == StatutGrille.Publiee, ct);
        var derniere = await db.GrillesCotation.Where(g => g.EpciSiren == epciSiren).MaxAsync(g => (int?)g.Version, ct)
            ?? 0;
        var grille = new GrilleCotation
        {
            EpciSiren = epciSiren,
            Version = derniere + 1,
            Statut = StatutGrille.Brouillon,
            Criteres = publiee?.Criteres.ToList() ?? PropositionGrilleCotation.Criteres(),
            Commentaire = publiee is null
                ? "Partie de la grille proposée par défaut."
                : $"Partie de la version {publiee.Version} publiée.",
            CreeeLe = quand,
        };
        db.GrillesCotation.Add(grille);
        await db.SaveChangesAsync(ct);
        return grille;
    }
}
