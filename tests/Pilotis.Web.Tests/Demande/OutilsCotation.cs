using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Demande;

/// <summary>Test data for the cotation: an EPCI of its own per test, demands written as the register does (derived
/// columns recomputed).</summary>
public static class OutilsCotation
{
    public static string Texte(string html) =>
        WebUtility.HtmlDecode(html).Replace('\u202F', ' ').Replace('\u00A0', ' ');

    public static DateOnly Aujourdhui(this PilotisFactory app) =>
        DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);

    /// <summary>
    /// An EPCI that no test has used yet (no grid) with two of its communes; tests of a collection run one after the
    /// other, so the first free one is ours. The demo EPCIs (Nîmes, Alès) are left to the demo and the journeys.
    /// </summary>
    public static Task<(string Siren, string Commune, string AutreCommune)> EpciLibreAsync(this PilotisFactory app) =>
        app.ExecuterAsync(async db =>
        {
            var pris = await db.GrillesCotation.Select(g => g.EpciSiren).Distinct().ToListAsync();
            var avecDemandes = await db
                .Demandes.Where(d => d.EpciSiren != null)
                .Select(d => d.EpciSiren!)
                .Distinct()
                .ToListAsync();
            var candidats = await db
                .Communes.Where(c => c.EpciSiren != null && c.CodeParent == null && c.DepartementCode == "30")
                .GroupBy(c => c.EpciSiren!)
                .Where(g => g.Count() >= 2)
                .Select(g => g.Key)
                .OrderBy(s => s)
                .ToListAsync();
            var autres = await db
                .Communes.Where(c => c.EpciSiren != null && c.CodeParent == null && c.DepartementCode == "34")
                .GroupBy(c => c.EpciSiren!)
                .Where(g => g.Count() >= 2)
                .Select(g => g.Key)
                .OrderBy(s => s)
                .ToListAsync();
            var siren = candidats
                .Concat(autres)
                .First(s => !pris.Contains(s) && !avecDemandes.Contains(s) && s != "243000643" && s != "200066918");
            var communes = await db
                .Communes.Where(c => c.EpciSiren == siren && c.CodeParent == null)
                .OrderBy(c => c.Code)
                .Select(c => c.Code)
                .Take(2)
                .ToListAsync();
            return (siren, communes[0], communes[1]);
        });

    public static string Numero(string prefixe = "030") => $"{prefixe}-T-{Guid.NewGuid().ToString("N")[..12]}";

    /// <summary>Writes a demand through the ReferentielDemandes (derived columns, EPCI of the first choice).</summary>
    public static Task<DemandeLogement> CreerDemandeAsync(
        this PilotisFactory app,
        string commune,
        Action<DemandeLogement>? modifier = null,
        params string[] autresCommunes
    ) =>
        app.ExecuterAsync(async db =>
        {
            var aujourdhui = app.Aujourdhui();
            var d = new DemandeLogement
            {
                NumeroUnique = Numero(commune[..2]),
                DepartementCode = commune[..2],
                Membres =
                [
                    new MembreMenage(LienMembre.Demandeur, 35, false, false),
                    new MembreMenage(LienMembre.Enfant, 8, false, true),
                ],
                RevenuFiscalReference = 15_000m,
                RessourcesMensuelles = 1_200m,
                SituationLogement = SituationLogement.LocataireParcPrive,
                TypologiePrincipale = Typologies.T3,
                TypologiesSouhaitees = Typologies.T2 | Typologies.T3,
                DateDepot = aujourdhui.AddMonths(-10),
                CreeeLe = DateTimeOffset.UtcNow,
                ModifieeLe = DateTimeOffset.UtcNow,
            };
            d.Communes.Add(new CommuneSouhaitee { Rang = 1, CommuneCode = commune });
            for (var i = 0; i < autresCommunes.Length; i++)
                d.Communes.Add(new CommuneSouhaitee { Rang = i + 2, CommuneCode = autresCommunes[i] });
            modifier?.Invoke(d);
            var referentiel = await ReferentielDemandes.ChargerAsync(db);
            referentiel.Actualiser(d, aujourdhui);
            modifier?.Invoke(d); // what the test sets wins over the derived columns (e.g. eligible products)
            db.Demandes.Add(d);
            await db.SaveChangesAsync();
            return d;
        });

    /// <summary>Publishes a grid for an EPCI directly (version after the last one), then recalculates its
    /// scores.</summary>
    public static Task<GrilleCotation> PublierAsync(
        this PilotisFactory app,
        string siren,
        List<CritereCotation> criteres
    ) =>
        app.ExecuterAsync(async db =>
        {
            var grille = await Pilotis.Web.Features.Demande.Cotation.IndexModel.CreerVersionAsync(
                db,
                siren,
                DateTimeOffset.UtcNow
            );
            grille.Criteres = criteres;
            await db.SaveChangesAsync();
            await Pilotis.Web.Features.Demande.Cotation.SimulationModel.PublierAsync(db, grille, app.Aujourdhui());
            return grille;
        });

    public static CritereCotation Critere(
        TypeCritere type,
        decimal points,
        int parametre = 0,
        decimal? plafond = null
    ) => new(type, parametre, points, plafond, LibellesCotation.Defaut(type, parametre));

    public static Task<DemandeLogement> DemandeAsync(this PilotisFactory app, long id) =>
        app.ExecuterAsync(db => db.Demandes.AsNoTracking().SingleAsync(d => d.Id == id));
}
