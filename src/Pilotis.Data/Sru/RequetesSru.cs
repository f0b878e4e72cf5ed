using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Base;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Sru;

/// <summary>
/// Calcule, à partir des données en base, la situation SRU des communes soumises pour une année : une seule lecture
/// des inventaires, des dépenses validées (année N−2, CCH L302-7) et des procédures de carence, puis le calcul du
/// domaine.
/// Utilisé par les pages, l'API et la commande « pilotis sru calculer ».
/// </summary>
public sealed class RequetesSru(PilotisDbContext db)
{
    /// <summary>
    /// Les situations de l'année pour le département, l'EPCI ou la commune donnés, gardées avec les agrégats SRU
    /// (<see cref="CacheAgregats.Sru"/>) : la liste, le simulateur et l'API les relisent à chaque affichage, et une
    /// écriture SRU ou du référentiel les fait recalculer.
    /// </summary>
    public async Task<List<SituationSru>> CalculerAsync(
        int annee,
        string? departement = null,
        string? epci = null,
        string? commune = null,
        CancellationToken ct = default
    )
    {
        ct.ThrowIfCancellationRequested();
        var gardees = await CacheAgregats.Sru.LireAsync<IReadOnlyList<SituationSru>>(
            db,
            $"situations|{annee}|{departement}|{epci}|{commune}",
            async d => await new RequetesSru(d).CalculerEnBaseAsync(annee, departement, epci, commune)
        );
        return [.. gardees];
    }

    private async Task<List<SituationSru>> CalculerEnBaseAsync(
        int annee,
        string? departement,
        string? epci,
        string? commune
    )
    {
        var ct = CancellationToken.None;
        var parametres = ParametresSru.PourAnnee(annee);
        var periode = parametres.PeriodeContenant(annee);
        var lignes = await InventairesPeriodeAsync(periode, annee, departement, epci, commune, ct);
        var codes = lignes.Select(l => l.Inventaire.CommuneCode).Distinct().ToList();
        var depenses = await db
            .DepensesDeductiblesSru.AsNoTracking()
            .Where(d =>
                d.Statut == StatutDepenseSru.Validee && d.AnneeDepense == annee - 2 && codes.Contains(d.CommuneCode)
            )
            .GroupBy(d => d.CommuneCode)
            .Select(g => new { Code = g.Key, Total = g.Sum(d => d.Montant) })
            .ToDictionaryAsync(x => x.Code, x => x.Total, ct);
        var procedures = await DernieresProceduresCarenceAsync(codes, ct);
        var mediane = await MedianePotentielFiscalAsync(annee, ct);
        var debutAnnee = new DateOnly(annee, 1, 1);

        var situations = new List<SituationSru>();
        foreach (var groupe in lignes.GroupBy(l => l.Inventaire.CommuneCode))
        {
            var courante = groupe.FirstOrDefault(l => l.Inventaire.Annee == annee);
            // Une commune exemptée par décret n'a ni objectif ni prélèvement pour l'année (CCH L302-5 III) : comme le
            // simulateur, on l'écarte.
            if (courante is null || courante.Inventaire.ExempteeLe(debutAnnee))
                continue;
            var procedure = procedures.GetValueOrDefault(groupe.Key)?.VersDomaine();
            var coefficient = procedure?.CoefficientEnVigueurLe(debutAnnee);
            var deductibles = depenses.GetValueOrDefault(groupe.Key);
            var resultat = CalculSru.Calculer(
                courante.Inventaire.VersDonnees(deductibles, coefficient, mediane),
                parametres
            );
            situations.Add(
                new SituationSru(
                    courante.Inventaire,
                    courante.Nom,
                    courante.EpciSiren,
                    courante.DepartementCode,
                    resultat,
                    deductibles,
                    procedure?.Etat ?? EtatCarence.Aucune,
                    coefficient,
                    periode,
                    Bilan([.. groupe], periode, parametres, mediane)
                )
            );
        }
        return situations.OrderBy(s => s.Nom, Francais.Ordre).ToList();
    }

    /// <summary>Inventaire soumis d'une commune du périmètre, avec ses noms.</summary>
    private sealed record InventaireCommune(
        InventaireSru Inventaire,
        string Nom,
        string? EpciSiren,
        string DepartementCode
    );

    /// <summary>Les inventaires soumis du périmètre, du début de la période triennale à l'année.</summary>
    private async Task<List<InventaireCommune>> InventairesPeriodeAsync(
        PeriodeTriennale periode,
        int annee,
        string? departement,
        string? epci,
        string? commune,
        CancellationToken ct
    )
    {
        var communes = db.Communes.AsNoTracking().Where(c => c.Type == TypeCommune.Actuelle);
        if (departement is not null)
            communes = communes.Where(c => c.DepartementCode == departement);
        if (epci is not null)
            communes = communes.Where(c => c.EpciSiren == epci);
        if (commune is not null)
            communes = communes.Where(c => c.Code == commune);
        return await (
            from i in db.InventairesSru.AsNoTracking()
            join c in communes on i.CommuneCode equals c.Code
            where i.Soumise && i.Annee >= periode.Debut && i.Annee <= annee
            select new InventaireCommune(i, c.Nom, c.EpciSiren, c.DepartementCode)
        ).ToListAsync(ct);
    }

    /// <summary>
    /// Bilan de la période (CCH L302-8) : objectif fixé sur l'inventaire de la première année, réalisations cumulées
    /// depuis ; null sans inventaire de première année.
    /// </summary>
    private static BilanTriennal? Bilan(
        List<InventaireCommune> groupe,
        PeriodeTriennale periode,
        ParametresSru parametres,
        decimal? mediane
    )
    {
        var premiere = groupe.FirstOrDefault(l => l.Inventaire.Annee == periode.Debut)?.Inventaire;
        if (premiere is null)
            return null;
        var objectif = CalculSru.Calculer(premiere.VersDonnees(0, null, mediane), parametres).Objectif;
        var realisations = new RealisationsTriennales
        {
            Plai = groupe.Sum(l => l.Inventaire.AgreesPlai),
            Plus = groupe.Sum(l => l.Inventaire.AgreesPlus),
            Pls = groupe.Sum(l => l.Inventaire.AgreesPls),
        };
        return BilanTriennal.Etablir(objectif, realisations);
    }

    /// <summary>
    /// La procédure de carence la plus récente de chaque commune, avec ses étapes : celle qui fixe l'état et le
    /// coefficient en vigueur (CCH L302-9-1). Partagée par les pages SRU et le simulateur.
    /// </summary>
    public async Task<Dictionary<string, ProcedureCarenceSru>> DernieresProceduresCarenceAsync(
        IReadOnlyCollection<string> codes,
        CancellationToken ct = default
    )
    {
        var procedures = await db
            .ProceduresCarenceSru.AsNoTracking()
            .Include(p => p.Etapes)
            .Where(p => codes.Contains(p.CommuneCode))
            .ToListAsync(ct);
        return procedures
            .GroupBy(p => p.CommuneCode)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.DebutPeriode).First());
    }

    /// <summary>
    /// Situation de la commune pour chaque année où elle a un inventaire (null les années où elle n'est pas soumise) :
    /// la trajectoire de la fiche commune, calculée année par année par <see cref="CalculerAsync"/>.
    /// </summary>
    public async Task<List<(InventaireSru Inventaire, SituationSru? Situation)>> HistoriqueAsync(
        string commune,
        CancellationToken ct = default
    )
    {
        var inventaires = await db
            .InventairesSru.AsNoTracking()
            .Where(i => i.CommuneCode == commune)
            .OrderBy(i => i.Annee)
            .ToListAsync(ct);
        var historique = new List<(InventaireSru, SituationSru?)>();
        foreach (var inventaire in inventaires)
        {
            var situation = inventaire.Soumise
                ? (await CalculerAsync(inventaire.Annee, commune: commune, ct: ct)).FirstOrDefault()
                : null;
            historique.Add((inventaire, situation));
        }
        return historique;
    }

    /// <summary>Années pour lesquelles un inventaire existe (de la plus récente à la plus ancienne).</summary>
    public async Task<List<int>> AnneesAsync(CancellationToken ct = default) =>
        await db
            .InventairesSru.AsNoTracking()
            .Select(i => i.Annee)
            .Distinct()
            .OrderByDescending(a => a)
            .ToListAsync(ct);

    /// <summary>
    /// Médiane du potentiel fiscal par habitant des communes soumises et déficitaires de l'année, sur toute la base :
    /// elle fixe le plafond de 7,5 % (CCH L302-7). Calculée une fois par année et gardée par
    /// <see cref="CacheReferentiel"/> (toutes les communes soumises de l'année, pas seulement celles de la page) ;
    /// recalculée après toute écriture d'un inventaire SRU.
    /// </summary>
    public async Task<decimal?> MedianePotentielFiscalAsync(int annee, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var mediane = await CacheReferentiel.LireAsync(db, $"mediane-potentiel-fiscal:{annee}", d =>
            CalculerMedianeAsync(d, annee)
        );
        return mediane.Valeur;
    }

    /// <summary>Une médiane gardée (le cache ne garde que des références).</summary>
    private sealed record MedianeGardee(decimal? Valeur);

    private static async Task<MedianeGardee> CalculerMedianeAsync(PilotisDbContext db, int annee)
    {
        var parametres = ParametresSru.PourAnnee(annee);
        var inventaires = await db
            .InventairesSru.AsNoTracking()
            .Where(i => i.Annee == annee && i.Soumise)
            .ToListAsync();
        var valeurs = inventaires
            .Where(i => i.Inventaire.Total(parametres.PlacesFoyerParLogement) < i.TauxCible * i.ResidencesPrincipales)
            .Select(i => i.PotentielFiscalParHabitant)
            .ToArray();
        return new MedianeGardee(CalculSru.Mediane(valeurs));
    }

    /// <summary>Garde les situations que l'acteur peut consulter (la table des habilitations, commune par
    /// commune), avec le nom de leur EPCI : les tableaux du département et de l'EPCI.</summary>
    public async Task<List<LigneSru>> LignesVisiblesAsync(
        Acteur acteur,
        IEnumerable<SituationSru> situations,
        CancellationToken ct = default
    )
    {
        var liste = situations.ToList();
        var departements = liste.Select(s => s.DepartementCode).Distinct().ToList();
        var regions = await db
            .Departements.AsNoTracking()
            .Where(d => departements.Contains(d.Code))
            .ToDictionaryAsync(d => d.Code, d => d.RegionCode, ct);
        var sirens = liste.Select(s => s.EpciSiren).OfType<string>().Distinct().ToList();
        var epcis = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        return liste
            .Where(s =>
                HabilitationsSru.PeutConsulter(
                    acteur,
                    HabilitationsSru.Commune(
                        s.Inventaire.CommuneCode,
                        s.EpciSiren,
                        s.DepartementCode,
                        regions.GetValueOrDefault(s.DepartementCode)
                    )
                )
            )
            .Select(s => new LigneSru(
                s,
                s.EpciSiren is null ? null : epcis.GetValueOrDefault(s.EpciSiren, s.EpciSiren)
            ))
            .ToList();
    }

    /// <summary>
    /// Les procédures de carence d'une commune avec leurs étapes, la plus récente d'abord (panneau de la fiche et page
    /// de la procédure). <paramref name="suivi"/> : suivies par le contexte, pour être modifiées.
    /// </summary>
    public async Task<List<ProcedureCarenceSru>> ProceduresCarenceAsync(
        string code,
        bool suivi,
        CancellationToken ct = default
    )
    {
        var requete = db.ProceduresCarenceSru.Include(p => p.Etapes).Where(p => p.CommuneCode == code);
        if (!suivi)
            requete = requete.AsNoTracking();
        return (await requete.ToListAsync(ct)).OrderByDescending(p => p.DebutPeriode).ToList();
    }
}
