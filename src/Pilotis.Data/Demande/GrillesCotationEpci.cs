using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande;

/// <summary>
/// Cycle de vie des grilles de cotation d'un EPCI (CCH L441-2-8) : une nouvelle version part de la version publiée
/// (ou de la proposition par défaut), se modifie à l'état de brouillon, se simule sur les demandes actives, puis se
/// publie : la version précédente est archivée avec sa date de fin et les scores de l'EPCI sont recalculés.
/// Une grille publiée ou archivée ne se modifie jamais.
/// </summary>
public static class GrillesCotationEpci
{
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

    /// <summary>Classements avec la version publiée (ou sans grille : par date de dépôt) et avec le brouillon, à la même date.</summary>
    public static async Task<SimulationGrille> SimulerAsync(
        PilotisDbContext db,
        GrilleCotation brouillon,
        DateOnly date,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(brouillon);
        var nouvelle = await CotationEnMasse.ContexteAsync(db, brouillon, date, ct);
        var publiee = await db
            .GrillesCotation.AsNoTracking()
            .FirstOrDefaultAsync(g => g.EpciSiren == brouillon.EpciSiren && g.Statut == StatutGrille.Publiee, ct);
        var ancienne = publiee is null ? null : await CotationEnMasse.ContexteAsync(db, publiee, date, ct);
        var scores = new List<ScoresDemande>();
        var numeros = new Dictionary<long, string>();
        await foreach (
            var d in CotationEnMasse.ActivesDe(db, brouillon.EpciSiren).AsAsyncEnumerable().WithCancellation(ct)
        )
        {
            numeros[d.Id] = d.NumeroUnique;
            scores.Add(
                new ScoresDemande(
                    d.Id,
                    d.Donnees.DateDepot,
                    ancienne is null
                        ? null
                        : CalculCotation.Total(ancienne.Grille.Criteres, d.Donnees, ancienne.Contexte),
                    CalculCotation.Total(brouillon.Criteres, d.Donnees, nouvelle.Contexte)
                )
            );
        }
        return new SimulationGrille(ComparaisonClassements.Comparer(scores), publiee, numeros, nouvelle.Seuil);
    }

    /// <summary>
    /// Publie un brouillon valide : archive la version publiée (fin d'application à la date), publie celle-ci, puis
    /// recalcule les scores de l'EPCI. Le changement des grilles passe par SaveChanges, donc au journal.
    /// </summary>
    public static async Task<BilanCotation> PublierAsync(
        PilotisDbContext db,
        GrilleCotation brouillon,
        DateOnly date,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(brouillon);
        if (brouillon.Statut != StatutGrille.Brouillon)
            throw new InvalidOperationException("Seul un brouillon se publie.");
        if (ValidationGrilleCotation.Valider(brouillon.Criteres).Count > 0)
            throw new InvalidOperationException("La grille comporte des erreurs.");
        // Publication et recalcul ensemble : jamais une grille publiée avec les scores de la précédente.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var precedentes = await db
            .GrillesCotation.Where(g =>
                g.EpciSiren == brouillon.EpciSiren && g.Statut == StatutGrille.Publiee && g.Id != brouillon.Id
            )
            .ToListAsync(ct);
        foreach (var p in precedentes)
        {
            p.Statut = StatutGrille.Archivee;
            p.ArchiveeLe = date;
        }
        brouillon.Statut = StatutGrille.Publiee;
        brouillon.PublieeLe = date;
        await db.SaveChangesAsync(ct);
        var bilan = await CotationEnMasse.RecalculerAsync(db, brouillon.EpciSiren, date, null, ct);
        await transaction.CommitAsync(ct);
        return bilan;
    }
}
