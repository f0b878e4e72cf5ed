using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Financement.Equilibre;

/// <summary>
/// Requêtes de l'équilibre d'opération partagées par les pages, l'API et le banc d'essai : paramètres en vigueur,
/// zones des communes, équilibre d'une opération, portefeuille programmé d'un département ou de la France.
/// </summary>
public static class RequetesEquilibre
{
    public static async Task<ParametresEquilibre> ParametresAsync(
        PilotisDbContext db,
        DateOnly date,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var lignes = await db.ParametresFinanciers.AsNoTracking().Where(p => p.ValideDepuis <= date).ToListAsync(ct);
        return ParametresEquilibre.EnVigueur(lignes, date);
    }

    /// <summary>Zones 1/2/3 et ABC en vigueur à la date pour ces communes (attributs datés des communes).</summary>
    public static async Task<Dictionary<string, (string? Zone123, string? ZoneAbc)>> ZonesAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string> communes,
        DateOnly date,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var lignes = await db
            .AttributsCommunes.AsNoTracking()
            .Where(a =>
                (a.Nature == NatureAttribut.Zone123 || a.Nature == NatureAttribut.ZoneAbc)
                && a.ValideDepuis <= date
                && communes.Contains(a.CommuneCode)
            )
            .Select(a => new
            {
                a.CommuneCode,
                a.Nature,
                a.Valeur,
                a.ValideDepuis,
            })
            .ToListAsync(ct);
        return lignes
            .GroupBy(a => a.CommuneCode)
            .ToDictionary(
                g => g.Key,
                g =>
                    (
                        g.Where(a => a.Nature == NatureAttribut.Zone123)
                            .OrderByDescending(a => a.ValideDepuis)
                            .Select(a => a.Valeur)
                            .FirstOrDefault(),
                        g.Where(a => a.Nature == NatureAttribut.ZoneAbc)
                            .OrderByDescending(a => a.ValideDepuis)
                            .Select(a => a.Valeur)
                            .FirstOrDefault()
                    )
            );
    }

    /// <summary>L'équilibre d'une opération chargée avec ses lots et son plan de financement, tous scénarios.</summary>
    public static async Task<IReadOnlyList<ResultatEquilibre>> EquilibreAsync(
        PilotisDbContext db,
        Operation operation,
        DateOnly date,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(operation);
        var parametres = await ParametresAsync(db, date, ct);
        var zones = await ZonesAsync(db, [operation.CommuneCode], date, ct);
        var (z123, abc) = zones.GetValueOrDefault(operation.CommuneCode);
        return CalculEquilibre.Scenarios(DonneesEquilibre.Depuis(operation, z123, abc), parametres);
    }

    /// <summary>
    /// Le portefeuille : opérations programmées (année de programmation donnée, ni annulées ni supprimées) de la
    /// requête, chacune sous tous les scénarios sans le détail annuel. Trois lectures projetées, puis le calcul en
    /// mémoire : rien n'est suivi par le contexte.
    /// </summary>
    public static async Task<List<OperationPipeline>> PipelineAsync(
        PilotisDbContext db,
        IQueryable<Operation> requete,
        int? annee,
        DateOnly date,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var q = requete.Where(o => o.Statut != StatutOperation.Annulee && o.Statut != StatutOperation.Supprimee);
        if (annee is int a)
            q = q.Where(o => o.AnneeProgrammation == a);
        var operations = await q.AsNoTracking()
            .OrderBy(o => o.Numero)
            .Select(o => new
            {
                o.Id,
                o.Numero,
                o.Nom,
                o.CommuneCode,
                o.BailleurId,
                o.Nature,
                o.ChargeFonciere,
                Travaux = o.CoutBatiment + o.Honoraires + o.Vrd,
            })
            .ToListAsync(ct);
        var ids = q.Select(o => o.Id);
        var lots = (
            await db
                .LotsOperation.AsNoTracking()
                .Where(l => ids.Contains(l.OperationId))
                .Select(l => new
                {
                    l.OperationId,
                    l.Produit,
                    l.NombreLogements,
                    l.SurfaceHabitable,
                    l.SurfaceAnnexes,
                })
                .ToListAsync(ct)
        ).ToLookup(l => l.OperationId, l => (l.Produit, l.NombreLogements, l.SurfaceHabitable, l.SurfaceAnnexes));
        var plans = (
            await db
                .FinancementsOperation.AsNoTracking()
                .Where(f => ids.Contains(f.OperationId))
                .GroupBy(f => new { f.OperationId, f.Type })
                .Select(g => new
                {
                    g.Key.OperationId,
                    g.Key.Type,
                    Montant = g.Sum(f => f.Montant),
                })
                .ToListAsync(ct)
        ).ToLookup(f => f.OperationId, f => (f.Type, f.Montant));
        var parametres = await ParametresAsync(db, date, ct);
        var zones = await ZonesAsync(db, [.. operations.Select(o => o.CommuneCode).Distinct()], date, ct);
        return
        [
            .. operations.Select(o =>
            {
                var (z123, abc) = zones.GetValueOrDefault(o.CommuneCode);
                var donnees = Donnees(o.Nature, z123, abc, lots[o.Id], o.ChargeFonciere, o.Travaux, plans[o.Id]);
                return new OperationPipeline(
                    o.Id,
                    o.Numero,
                    o.Nom,
                    o.CommuneCode,
                    o.BailleurId,
                    donnees.Lots.Sum(l => l.NombreLogements),
                    CalculEquilibre.Scenarios(donnees, parametres, detailAnnuel: false)
                );
            }),
        ];
    }

    private static DonneesEquilibre Donnees(
        NatureOperation nature,
        string? zone123,
        string? zoneAbc,
        IEnumerable<(Produit Produit, int NombreLogements, decimal SurfaceHabitable, decimal SurfaceAnnexes)> lots,
        decimal chargeFonciere,
        decimal travaux,
        IEnumerable<(TypeFinancement Type, decimal Montant)> plan
    )
    {
        var lignes = plan.ToList();
        return new DonneesEquilibre(
            nature,
            zone123,
            zoneAbc,
            [
                .. lots.Select(l => new LotEquilibre(
                    l.Produit,
                    l.NombreLogements,
                    SurfacesOperation.SurfaceUtile(l.SurfaceHabitable, l.SurfaceAnnexes)
                )),
            ],
            chargeFonciere,
            travaux,
            lignes.Where(f => DonneesEquilibre.EstSubvention(f.Type)).Sum(f => f.Montant),
            lignes.Where(f => f.Type == TypeFinancement.FondsPropres).Sum(f => f.Montant)
        );
    }
}
